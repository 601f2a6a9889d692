package dk.fleksjob.rules.fleksloentilskud.maaned;

import java.math.BigDecimal;

/**
 * What is known about the lønloft: the full-time wage in the position as the employer states it, or an hourly wage
 * with allowances from which the kommune may calculate it.
 *
 * <p>Legal basis: BEK om beregning af og fradrag i fleksløntilskud § 12, stk. 1 (»Det er arbejdsgiveren, som skal
 * oplyse, hvad den fleksjobansatte ville få i løn, hvis den pågældende var ansat på fuld tid i samme stilling på
 * ordinære vilkår«) and § 13 (the kommune may calculate it: all wage parts per hour × 160,333).
 *
 * @param fuldtidsloen  the full-time monthly wage incl. pension and allowances, as the employer states it
 * @param timeloen      the hourly wage without reduction for intensity (§ 12, stk. 2, nr. 2)
 * @param tillaegPrTime fixed allowances and the employer's pension per hour (§ 12, stk. 2, nr. 4–9)
 */
public record LoenloftOplysning(BigDecimal fuldtidsloen, BigDecimal timeloen, BigDecimal tillaegPrTime) {

    public static LoenloftOplysning fuldtid(BigDecimal monthly) {
        return new LoenloftOplysning(monthly, null, null);
    }
}
