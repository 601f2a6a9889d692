package dk.fleksjob.rules.fleksydelse;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.money.Kroner;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Indtægtsloft — the fleksydelse can be at most the income the person had before.
 *
 * <p>LFY § 17, stk. 4: »Fleksydelse efter stk. 1-3 kan højst udgøre et beløb, der svarer til den indtægt, som personen
 * har haft i beregningsperioden … Udbetalinger fra pensionsordninger medregnes ikke i beregningsgrundlaget.« Stk. 5:
 * the calculation period is the latest whole reporting periods covering one continuous year, counted back from the
 * 1st of the month before the overgang. Stk. 6: if the visitation was less than a year before, only the periods after
 * it count, and »Indtægten … ganges op til et årligt beløb«. Stk. 7: »afrundes til nærmeste hele kronebeløb«. Stk. 8:
 * the amount is then regulated each first Monday of January.
 */
final class Indtaegtsloft {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Indtaegtsloft() {
    }

    /** The cap as a yearly amount, or null when no income was given. */
    static BigDecimal cap(BigDecimal income, Integer months, int year, LocalDate overgang, Explainer ex) {
        if (income == null) {
            if (months != null) {
                throw new InvalidInputException("indtaegtMaaneder", "angiv også indtægten i beregningsperioden (--indtaegt)");
            }
            return null;
        }
        if (income.signum() < 0) {
            throw new InvalidInputException("indtaegt", "beløbet kan ikke være negativt");
        }
        int m = months == null ? 12 : months;
        if (m < 1 || m > 12) {
            throw new InvalidInputException("indtaegtMaaneder", "antal måneder skal være mellem 1 og 12");
        }
        BigDecimal yearly = Kroner.toWholeKroner(income.multiply(TWELVE).divide(BigDecimal.valueOf(m), 10,
            RoundingMode.HALF_UP));
        var step = ex.step("indtaegtsloft", yearly, () -> m == 12
                ? "Fleksydelsen kan højst være din indtægt i beregningsperioden (det seneste år før overgangen, uden "
                    + "udbetalinger fra pensionsordninger): " + Kroner.format(yearly) + " om året."
                : "Fleksydelsen kan højst være din indtægt i beregningsperioden. Du blev visiteret mindre end et år før, "
                    + "så indtægten for " + m + " måneder, " + Kroner.format(income) + ", ganges op til et år: "
                    + Kroner.format(income) + " × 12 / " + m + " = " + Kroner.format(yearly) + ".")
            .law(Hjemmel.lfy("17", 4), Hjemmel.lfy("17", m == 12 ? 5 : 6), Hjemmel.lfy("17", 7),
                Hjemmel.bek("18", null), Hjemmel.bek("20", null))
            .input("indtaegt", income);
        if (overgang == null || overgang.getYear() < year) {
            step.flag(Flag.skalAfklares("Loftet reguleres hvert år den første mandag i januar efter overgangen. Vi "
                + "regulerer ikke beløbet; angiv loftet for " + year + ", som det står i Udbetaling Danmarks "
                + "afgørelse, eller indtægten i beregningsperioden, hvis du går på fleksydelse i " + year + ".",
                Hjemmel.lfy("17", 8)));
        }
        return yearly;
    }
}
