package dk.fleksjob.rules.fleksloentilskud.maaned;

import java.math.BigDecimal;

/**
 * How one income line was treated.
 *
 * @param nr          the line's number in the file (1 = the first line)
 * @param type        the income type
 * @param beloeb      the amount as given (for Feriekonto: the gross amount)
 * @param medregnet   the part that counts as lønindtægt this month (negative when taken out of the wage)
 * @param fuldtFradrag the part deducted krone for krone (sygedagpenge, barselsdagpenge, ressourceforløbsydelse)
 * @param ikkeFradrag the part that gives no deduction
 * @param behandling  how it was treated, in Danish
 * @param hjemmel     the paragraph the treatment rests on
 */
public record LinjeResultat(int nr, Indtaegtstype type, BigDecimal beloeb, BigDecimal medregnet,
                            BigDecimal fuldtFradrag, BigDecimal ikkeFradrag, String behandling, String hjemmel) {
}
