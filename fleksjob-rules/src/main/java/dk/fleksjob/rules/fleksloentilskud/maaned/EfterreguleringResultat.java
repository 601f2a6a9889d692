package dk.fleksjob.rules.fleksloentilskud.maaned;

import dk.fleksjob.rules.explain.Explanation;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The result of an efterregulering: both calculations and the differences (corrected − original; positive = paid
 * out to the person, negative = set off in the following months).
 *
 * @param maaned                 the subsidy month corrected
 * @param retning                "efterbetaling", "modregning" or "ingen"
 * @param forskelTilskud         difference in fleksløntilskud (incl. the person's ATP)
 * @param forskelAtpBidrag       difference in the person's ATP contribution
 * @param forskelUdbetalt        difference in the amount paid out
 * @param forskelAtpTilskudstimer difference in the state's ATP (null if either is unknown)
 * @param oprindelig             the original calculation with its explanation
 * @param korrigeret             the corrected calculation with its explanation
 * @param regelversion           the rules version
 * @param forklaring             the explanation of the difference
 */
public record EfterreguleringResultat(YearMonth maaned, String retning, BigDecimal forskelTilskud,
                                      BigDecimal forskelAtpBidrag, BigDecimal forskelUdbetalt,
                                      BigDecimal forskelAtpTilskudstimer, MaanedResultat oprindelig,
                                      MaanedResultat korrigeret, String regelversion, Explanation forklaring) {
}
