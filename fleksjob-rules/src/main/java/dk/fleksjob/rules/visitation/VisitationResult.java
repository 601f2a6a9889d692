package dk.fleksjob.rules.visitation;

import dk.fleksjob.rules.explain.Explanation;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The assessments. {@code fastholdelse}, {@code isbryder} and {@code personligAssistance} are null when nothing was
 * asked about them.
 *
 * @param personkreds                  LAB §§ 116, 118: is the person in the fleksjob target group
 * @param fastholdelse                 LAB § 119: fleksjob at the current workplace
 * @param isbryder                     KompL: wage subsidy for newly qualified persons with a disability
 * @param isbryderSenesteStart         last day the isbryder job can start
 * @param isbryderTilskudTil           last day of the subsidy (1 year from the start)
 * @param personligAssistance          KompL: personal assistance
 * @param personligAssistanceTimer     the hours per week the rule states (up to 20 for 37 hours)
 * @param regelversion                 rules version
 * @param forklaring                   explanation
 */
public record VisitationResult(Vurdering personkreds, Vurdering fastholdelse, Vurdering isbryder,
                               LocalDate isbryderSenesteStart, LocalDate isbryderTilskudTil,
                               Vurdering personligAssistance, BigDecimal personligAssistanceTimer, String regelversion,
                               Explanation forklaring) {
}
