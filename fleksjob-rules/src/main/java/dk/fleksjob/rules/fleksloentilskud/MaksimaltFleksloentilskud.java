package dk.fleksjob.rules.fleksloentilskud;

import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Maksimalt fleksløntilskud — the highest monthly fleksløntilskud, before deductions: 98 pct. of the highest
 * unemployment benefit (AFL § 47).
 *
 * <p>Legal basis: LAB § 123, stk. 1 (§ 70 f before 2020); BEK om beregning af og fradrag i fleksløntilskud § 2:
 * »Fleksløntilskuddet … er fastsat til 98 pct. af arbejdsløshedspengenes højeste beløb … pr. kalendermåned. Det
 * beregnede fleksløntilskud … afrundes til nærmeste hele kronebeløb.« How the amount is formed depends on the
 * month:
 * <ul>
 *   <li>until 30 June 2017 dagpenge were weekly amounts: the weekly rate is 98 pct. of the weekly maximum, rounded
 *       to the nearest whole krone divisible by 5 like every weekly rate derived from the maximum (AFL § 47, stk. 2),
 *       and »ganges ugesatsen for det pågældende kalenderår med 4,3333« (BEK nr. 811/2014 § 2), rounded to whole
 *       kroner;</li>
 *   <li>from 1 July 2017: 98 pct. of the monthly maximum, rounded to whole kroner (BEK nr. 891/2017 § 2).</li>
 * </ul>
 */
public final class MaksimaltFleksloentilskud {

    static final LocalDate MONTHLY_DAGPENGE_FROM = LocalDate.of(2017, 7, 1);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private MaksimaltFleksloentilskud() {
    }

    /** The maximum for the calendar month the subsidy is for. */
    public static BigDecimal calculate(YearMonth month, Rates rates, Explainer ex) {
        LocalDate day = month.atEndOfMonth();
        ParameterValue pct = rates.forMonth("fleksloentilskud.maksimum_procent", month);
        if (day.isBefore(MONTHLY_DAGPENGE_FROM)) {
            return fromWeeklyRate(month, pct, rates, ex);
        }
        ParameterValue dagpenge = rates.forMonth("dagpenge.hoejeste_maanedsbeloeb", month);
        BigDecimal max = Kroner.toWholeKroner(pct.asFraction().multiply(dagpenge.vaerdi()));
        ex.step("maksimaltTilskud", max, () -> "Fleksløntilskuddet tager udgangspunkt i " + Kroner.plain(pct.vaerdi())
                + " pct. af dagpengenes højeste beløb på " + Kroner.format(dagpenge.vaerdi()) + " pr. måned = "
                + Kroner.format(max) + " (afrundet til hele kroner).")
            .law(Hjemmel.fleksloentilskud(day, 1), Hjemmel.BEK_MAKSIMUM, Hjemmel.DAGPENGE)
            .param(pct, dagpenge);
        return max;
    }

    private static BigDecimal fromWeeklyRate(YearMonth month, ParameterValue pct, Rates rates, Explainer ex) {
        ParameterValue weekly = rates.forMonth("dagpenge.hoejeste_ugebeloeb", month);
        ParameterValue factor = rates.forMonth("fleksloentilskud.uge_til_maaned_faktor", month);
        BigDecimal weeklyRate = toNearestFive(pct.asFraction().multiply(weekly.vaerdi()));
        BigDecimal max = Kroner.toWholeKroner(weeklyRate.multiply(factor.vaerdi()));
        ex.step("maksimaltTilskud", max, () -> "Fleksløntilskuddet tager udgangspunkt i " + Kroner.plain(pct.vaerdi())
                + " pct. af dagpengenes højeste beløb på " + Kroner.format(weekly.vaerdi()) + " pr. uge = "
                + Kroner.format(weeklyRate) + " pr. uge (afrundet til et kronebeløb, der kan deles med 5), ganget med "
                + Kroner.plain(factor.vaerdi()) + " til en månedssats = " + Kroner.format(max) + ".")
            .law(Hjemmel.fleksloentilskud(month.atEndOfMonth(), 1), Hjemmel.DAGPENGE,
                Hjemmel.DAGPENGE_WEEKLY_ROUNDING, Hjemmel.BEK_MAKSIMUM)
            .param(pct, weekly, factor);
        return max;
    }

    /** AFL § 47, stk. 2: »afrundes til nærmeste hele kronebeløb, der kan deles med 5«. */
    static BigDecimal toNearestFive(BigDecimal amount) {
        return amount.divide(FIVE).setScale(0, RoundingMode.HALF_UP).multiply(FIVE);
    }
}
