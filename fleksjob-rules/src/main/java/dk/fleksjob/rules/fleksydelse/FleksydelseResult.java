package dk.fleksjob.rules.fleksydelse;

import dk.fleksjob.rules.explain.Explanation;
import java.math.BigDecimal;

/**
 * Fleksydelse for a calendar year and one month of it, every amount in kroner with two decimals.
 *
 * @param aar                       the year
 * @param procent                   91 or 100: the share of the sygedagpenge maximum (LFY § 17, stk. 1-3)
 * @param grundbeloebAar            the yearly amount before the income cap
 * @param indtaegtsloft             the income cap (LFY § 17, stk. 4-7), or null when no income was given
 * @param fleksydelseAar            the yearly fleksydelse before deductions: the smaller of the two above
 * @param beregnetPensionsydelse    80 pct. of lifelong payouts + 5 pct. of depots (LFY § 18, stk. 5 / 11)
 * @param bundfradrag               the bundfradrag for those born before 1956, or null
 * @param pensionsfradrag           yearly deduction for pension savings (LFY § 18, stk. 5 / 11)
 * @param loebendePensionsfradrag   yearly deduction for employer pension paid during fleksydelse (stk. 6 / 12)
 * @param fleksydelseEfterPensionAar yearly fleksydelse after pension deductions, rounded to a multiple of 12 (§ 25)
 * @param fleksydelseMaaned         one twelfth of that
 * @param fradragTimer              hours deducted for the month's work (LFY § 20)
 * @param fradragArbejde            the month's deduction for work in kroner
 * @param udbetalingMaaned          the month's fleksydelse after the work deduction (0 under 100 kr., § 25, stk. 2)
 * @param regelversion              the rules version
 * @param forklaring                the explanation
 */
public record FleksydelseResult(int aar, BigDecimal procent, BigDecimal grundbeloebAar, BigDecimal indtaegtsloft,
                                BigDecimal fleksydelseAar, BigDecimal beregnetPensionsydelse, BigDecimal bundfradrag,
                                BigDecimal pensionsfradrag, BigDecimal loebendePensionsfradrag,
                                BigDecimal fleksydelseEfterPensionAar, BigDecimal fleksydelseMaaned,
                                BigDecimal fradragTimer, BigDecimal fradragArbejde, BigDecimal udbetalingMaaned,
                                String regelversion, Explanation forklaring) {
}
