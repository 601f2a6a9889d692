package dk.fleksjob.rules.sammenligning;

import dk.fleksjob.rules.explain.Explanation;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Employer cost and the person's income for one month under both schemes, kroner with two decimals.
 *
 * @param maaned             the month
 * @param brok               the old scheme's fraction used
 * @param brokAntaget        true if the fraction was not given and 2/3 was assumed
 * @param ny                 the new scheme (from 2013)
 * @param gammel             the old scheme (before 2013)
 * @param regelversion       the rules version
 * @param forklaring         the explanation tree
 */
public record SammenligningResult(YearMonth maaned, String brok, boolean brokAntaget, Ordning ny, Ordning gammel,
                                  String regelversion, Explanation forklaring) {

    /**
     * One scheme's month.
     *
     * @param loenFraArbejdsgiver the wage the employer pays
     * @param tilskud             the public subsidy (to the person in the new scheme, to the employer in the old)
     * @param arbejdsgiverensUdgift the employer's cost after any subsidy to the employer
     * @param samletIndkomst      the person's income before tax (wage + any subsidy to the person)
     */
    public record Ordning(BigDecimal loenFraArbejdsgiver, BigDecimal tilskud, BigDecimal arbejdsgiverensUdgift,
                          BigDecimal samletIndkomst) {
    }
}
