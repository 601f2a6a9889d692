package dk.fleksjob.rules.fleksydelse;

import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Provenance;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * Fleksydelsens størrelse — the yearly fleksydelse before the income cap and deductions.
 *
 * <p>LFY § 17, stk. 1: »Fleksydelsen udgør et beløb, der svarer til dagpengenes højeste beløb beregnet på årsbasis,
 * jf. lov om sygedagpenge … Beløbet afrundes til nærmeste hele kronebeløb, der er deleligt med 12.« Stk. 2-3: 91 pct.
 * of the same, »afrundes til nærmeste hele beløb, der er deleligt med 12«.
 *
 * <p>»Beregnet på årsbasis« is the weekly maximum × 52: that reproduces every published amount (197.796 kr. 2016 and
 * 203.472 kr. 2018 at 91 pct.; 231.924 kr. 2021, 232.176 / 211.284 kr. 2022, 236.604 kr. 2023, 244.140 / 222.168 kr.
 * 2024), while 12 × the monthly dagpenge maximum does not (2024: 244.308). The year's weekly maximum is the one in
 * force after the regulation on the first Monday of January.
 */
final class Fleksydelsesbeloeb {

    /** Weeks in a year: »beregnet på årsbasis« (see the class comment for the check against published amounts). */
    static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Fleksydelsesbeloeb() {
    }

    static BigDecimal yearly(int year, Fleksydelsessats sats, Rates rates, Explainer ex) {
        ParameterValue weekly = weeklyMaximum(year, rates);
        BigDecimal full = weekly.vaerdi().multiply(WEEKS_PER_YEAR);
        BigDecimal exact = full.multiply(sats.procent()).movePointLeft(2);
        BigDecimal amount = toNearestTwelve(exact);
        var step = ex.step("grundbeloebAar", amount, () -> "Fleksydelsen for " + year + ": sygedagpengenes højeste beløb "
                + Kroner.format(weekly.vaerdi()) + " pr. uge × 52 uger = " + Kroner.format(full)
                + (sats.parameter() == null ? "" : ", heraf " + Kroner.plain(sats.procent()) + " pct. = "
                    + Kroner.format(Kroner.toOere(exact)))
                + ", afrundet til nærmeste beløb, der kan deles med 12 = " + Kroner.format(amount) + " om året ("
                + Kroner.format(amount.divide(TWELVE)) + " om måneden).")
            .law(sats.parameter() == null ? new LegalReference[] {Hjemmel.lfy("17", 1)}
                : new LegalReference[] {Hjemmel.lfy("17", 2), Hjemmel.lfy("17", 3)})
            .param(weekly);
        if (weekly.proveniens() == Provenance.DERIVED) {
            step.flag(Flag.uafklaret("Sygedagpengenes højeste beløb for " + year + " er ikke fundet offentliggjort; "
                + "vi har beregnet " + Kroner.format(weekly.vaerdi()) + " pr. uge efter reguleringsreglen (se satsen). "
                + "Fradraget på 0,45 procentpoint for store bededag (lov nr. 630/2024) er ikke medregnet, fordi det "
                + "ikke er afgjort, om det falder i 2026 eller 2027.", Hjemmel.lfy("17", 1)));
        }
        return amount;
    }

    /** The sygedagpenge weekly maximum of the year (in force at the end of January, after the first Monday). */
    static ParameterValue weeklyMaximum(int year, Rates rates) {
        return rates.forMonth("sygedagpenge.hoejeste_ugebeloeb", YearMonth.of(year, 1));
    }

    /** »afrundes til nærmeste hele kronebeløb, der er deleligt med 12«; a tie (x,5 twelfths) rounds up. */
    static BigDecimal toNearestTwelve(BigDecimal amount) {
        return amount.divide(TWELVE, 10, RoundingMode.HALF_UP).setScale(0, RoundingMode.HALF_UP).multiply(TWELVE)
            .setScale(2);
    }
}
