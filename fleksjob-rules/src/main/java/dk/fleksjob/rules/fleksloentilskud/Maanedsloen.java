package dk.fleksjob.rules.fleksloentilskud;

import dk.fleksjob.rules.money.Kroner;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Månedsløn — an hourly wage for a number of weekly hours turned into a monthly wage: hours × wage × 52 weeks /
 * 12 months, rounded to whole kroner, as STAR's calculator does (»37 timer * 200 kr. pr. time * 52 uger / 12
 * mdr.«). 52/12 = 4,3333 weeks a month is the same norm as the 160,333 hours a month in BEK om beregning af og
 * fradrag i fleksløntilskud § 13, stk. 2.
 */
public final class Maanedsloen {

    /** Weeks in a year and months in a year: calendar facts, not rates. */
    private static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private Maanedsloen() {
    }

    public static BigDecimal fromHourly(BigDecimal hourlyWage, BigDecimal weeklyHours) {
        BigDecimal yearly = hourlyWage.multiply(weeklyHours).multiply(WEEKS_PER_YEAR);
        return Kroner.toWholeKroner(yearly.divide(MONTHS_PER_YEAR, MathContext.DECIMAL64));
    }
}
