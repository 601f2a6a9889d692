package dk.fleksjob.rules.fleksloentilskud.maaned;

import dk.fleksjob.rules.explain.Explanation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The fleksløntilskud of a real month, computed from typed income lines, with the explanation.
 *
 * @param maaned              the month the subsidy is for
 * @param loenmaaned          the month whose income is deducted (the month before, BEK § 4, stk. 1)
 * @param regler              which version of the rules the wage month falls under, in Danish
 * @param linjer              each income line and how it was treated
 * @param samletLoenindtaegt  lønindtægt reducing the subsidy by 30 / 55 pct.
 * @param fuldtFradrag        sygedagpenge, barselsdagpenge and ressourceforløbsydelse deducted in full
 * @param ikkeFradrag         income recorded but not deducted
 * @param maksimaltTilskud    98 pct. of the dagpenge maximum
 * @param knaek               the knæk for the wage month
 * @param fradrag30           30 pct. of lønindtægt up to the knæk
 * @param fradrag55           55 pct. of lønindtægt above the knæk
 * @param tilskudFoerLoenloft the subsidy after the deductions, before the lønloft
 * @param loenloft            the lønloft for the month incl. one-off items (null when not given)
 * @param loenloftIndtaegt    the income compared with the lønloft
 * @param loenloftFradrag     the part of the subsidy above the lønloft
 * @param ferieNedsaettelse   reduction for days with ledighedsydelse under ferie (BEK § 10, stk. 2)
 * @param fleksloentilskud    the subsidy, whole kroner, incl. the person's ATP
 * @param atpBidrag           the person's ATP contribution withheld (5 pct., at most 500 kr.)
 * @param udbetaltTilskud     the subsidy paid out
 * @param atpTilskudstimer    the state's ATP contribution for the subsidised hours (not withheld; null if unknown)
 * @param samletIndkomst      lønindtægt + full-deduction benefits + subsidy
 * @param bonusAndreMaaneder  shares of spread payments that belong to other months (to be corrected there)
 * @param regelversion        the rules version
 * @param forklaring          the explanation
 */
public record MaanedResultat(YearMonth maaned, YearMonth loenmaaned, String regler, List<LinjeResultat> linjer,
                             BigDecimal samletLoenindtaegt, BigDecimal fuldtFradrag, BigDecimal ikkeFradrag,
                             BigDecimal maksimaltTilskud, BigDecimal knaek, BigDecimal fradrag30,
                             BigDecimal fradrag55, BigDecimal tilskudFoerLoenloft, BigDecimal loenloft,
                             BigDecimal loenloftIndtaegt, BigDecimal loenloftFradrag, BigDecimal ferieNedsaettelse,
                             BigDecimal fleksloentilskud, BigDecimal atpBidrag, BigDecimal udbetaltTilskud,
                             BigDecimal atpTilskudstimer, BigDecimal samletIndkomst,
                             List<Bonusfordeling.Andel> bonusAndreMaaneder, String regelversion,
                             Explanation forklaring) {
}
