package dk.fleksjob.rules.selvstaendige;

import dk.fleksjob.rules.explain.Explanation;
import java.math.BigDecimal;

/**
 * The yearly tilskud for a self-employed person with reduced working capacity, kroner with two decimals.
 *
 * @param aar                 the calendar year
 * @param grundbeloeb         the grundbeløb of the year
 * @param aarsindtaegt        the yearly business income used (0 if negative; half for spouses)
 * @param andenIndkomst       other work income
 * @param nedsaettelse        30 pct. of (business income + other work income)
 * @param tilskudAar          the tilskud for the year, never below 0
 * @param tilskudMaaned       1/12 of it, paid each month (BEK § 7)
 * @param fuldtAftrappetVed   the income at which the tilskud reaches 0: grundbeløb / 30 pct., whole kroner
 * @param regelversion        the rules version
 * @param forklaring          the explanation tree
 */
public record TilskudSelvstaendigResult(int aar, BigDecimal grundbeloeb, BigDecimal aarsindtaegt,
                                        BigDecimal andenIndkomst, BigDecimal nedsaettelse, BigDecimal tilskudAar,
                                        BigDecimal tilskudMaaned, BigDecimal fuldtAftrappetVed, String regelversion,
                                        Explanation forklaring) {
}
