package dk.fleksjob.rules.fleksloentilskud;

import dk.fleksjob.rules.explain.Explanation;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The fleksløntilskud for one month, every amount in kroner with two decimals, and the explanation.
 *
 * @param maaned             the month the subsidy is for
 * @param loenmaaned         the month whose wage is deducted (the month before)
 * @param effektiveTimer     effective hours a week (hours × intensity), null when a monthly wage was given
 * @param maanedsloen        wage from the fleksjob employer incl. pension: the employer's cost
 * @param andenLoen          other wage income
 * @param samletLoenindtaegt all wage income that reduces the subsidy
 * @param fuldtidsloen       the lønloft
 * @param maksimaltTilskud   98 pct. of the dagpenge maximum
 * @param knaek              the threshold between the 30 pct. and the 55 pct. reduction
 * @param fradrag30          30 pct. of the wage up to the knæk
 * @param fradrag55          55 pct. of the wage above the knæk
 * @param loenloftFradrag    the part of the subsidy that would lift wage + subsidy above the lønloft
 * @param fleksloentilskud   the subsidy, rounded to whole kroner, incl. the person's ATP
 * @param atpBidrag          the person's ATP contribution withheld from the subsidy (5 pct., at most 500 kr.)
 * @param udbetaltTilskud    the subsidy paid out: fleksløntilskud − ATP
 * @param samletIndkomst     total monthly income before tax: wage + other wage + subsidy (incl. ATP, as STAR)
 * @param regelversion       the rules version that computed it
 * @param forklaring         the explanation tree
 */
public record FleksloentilskudResult(YearMonth maaned, YearMonth loenmaaned, BigDecimal effektiveTimer,
                                     BigDecimal maanedsloen, BigDecimal andenLoen, BigDecimal samletLoenindtaegt,
                                     BigDecimal fuldtidsloen, BigDecimal maksimaltTilskud, BigDecimal knaek,
                                     BigDecimal fradrag30, BigDecimal fradrag55, BigDecimal loenloftFradrag,
                                     BigDecimal fleksloentilskud, BigDecimal atpBidrag, BigDecimal udbetaltTilskud,
                                     BigDecimal samletIndkomst, String regelversion, Explanation forklaring) {
}
