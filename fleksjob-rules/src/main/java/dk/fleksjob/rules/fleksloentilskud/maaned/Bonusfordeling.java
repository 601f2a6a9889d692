package dk.fleksjob.rules.fleksloentilskud.maaned;

import dk.fleksjob.rules.money.Kroner;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Fordeling af lønindtægt over flere måneder — a bonus, tantieme or back pay that covers work over several months is
 * spread evenly over the months it covers.
 *
 * <p>Legal basis: BEK om beregning af og fradrag i fleksløntilskud § 3, stk. 4: »Lønindtægt, der dækker arbejde, der
 * udføres over flere måneder, men udbetales efterfølgende, skal fordeles ligeligt månedsvis over den periode, som
 * lønnen dækker.« Ankestyrelsen 27-23: bonus and tantieme are lønindtægt and are spread over the months they cover.
 *
 * <p>Rounding: each share is rounded to the øre; the last month takes the remainder, so the shares always add up to
 * the amount paid (a split never changes the year's total).
 */
public final class Bonusfordeling {

    private Bonusfordeling() {
    }

    /** One month's share. */
    public record Andel(YearMonth maaned, BigDecimal beloeb) {
    }

    /** The shares of the amount over from..to (both included). */
    public static List<Andel> fordel(BigDecimal amount, YearMonth from, YearMonth to) {
        int months = (int) ChronoUnit.MONTHS.between(from, to) + 1;
        if (months < 1) {
            throw new IllegalArgumentException("periodeTil ligger før periodeFra");
        }
        BigDecimal share = amount.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
        List<Andel> out = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < months; i++) {
            BigDecimal s = i == months - 1 ? Kroner.toOere(amount.subtract(given)) : share;
            out.add(new Andel(from.plusMonths(i), s));
            given = given.add(s);
        }
        return out;
    }
}
