package dk.fleksjob.rules.ledighedsydelse;

import dk.fleksjob.rules.explain.Explanation;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The ledighedsydelse for one month, amounts in kroner with two decimals, and the explanation.
 *
 * @param maaned             the month the ledighedsydelse is for
 * @param loenmaaned         the month whose wage is deducted (the month before)
 * @param visitationsKategori the category fixed at visitation, as given
 * @param anvendtKategori    the category that applies this month after § 74 a, stk. 4 and § 74 b, stk. 2
 * @param sats               the full monthly rate of the applied category, before deductions
 * @param loen               the wage income deducted for
 * @param fradragsgraense    the threshold between the 30 pct. and the 55 pct. deduction
 * @param fradrag30          30 pct. of the wage up to the threshold
 * @param fradrag55          55 pct. of the wage above the threshold
 * @param ledighedsydelse    the ledighedsydelse for the month, rounded to whole kroner
 * @param samletIndkomst     wage + ledighedsydelse
 * @param regelversion       the rules version
 * @param forklaring         the explanation tree
 */
public record LedighedsydelseResult(YearMonth maaned, YearMonth loenmaaned, Kategori visitationsKategori,
                                    Kategori anvendtKategori, BigDecimal sats, BigDecimal loen,
                                    BigDecimal fradragsgraense, BigDecimal fradrag30, BigDecimal fradrag55,
                                    BigDecimal ledighedsydelse, BigDecimal samletIndkomst, String regelversion,
                                    Explanation forklaring) {
}
