package dk.fleksjob.rules.gammelordning;

import dk.fleksjob.rules.explain.Explanation;
import java.math.BigDecimal;

/**
 * The employer's tilskud for a year of an old-scheme fleksjob, kroner with two decimals.
 *
 * @param aar                 the calendar year
 * @param brok                the fraction (1/2 or 2/3)
 * @param loen                the yearly wage the employer pays (incl. employer contributions)
 * @param loft                the cap on the calculation base for the year (yearly amount, or hourly amount × hours × 52)
 * @param beregningsgrundlag  the wage the tilskud is calculated from: min(wage, cap)
 * @param tilskudPrTime       with an hourly wage: the fraction of the capped hourly wage, else null
 * @param refusionsfradrag    the reduction for sickness/barsel refusion (never more than the tilskud)
 * @param tilskud             the employer's yearly tilskud after the reduction
 * @param tilskudMaaned       1/12 of it
 * @param arbejdsgiverensUdgift wage − tilskud (before the refusion itself, which the employer receives separately)
 * @param regelversion        the rules version
 * @param forklaring          the explanation tree
 */
public record GammelOrdningResult(int aar, String brok, BigDecimal loen, BigDecimal loft, BigDecimal beregningsgrundlag,
                                  BigDecimal tilskudPrTime, BigDecimal refusionsfradrag, BigDecimal tilskud,
                                  BigDecimal tilskudMaaned, BigDecimal arbejdsgiverensUdgift, String regelversion,
                                  Explanation forklaring) {
}
