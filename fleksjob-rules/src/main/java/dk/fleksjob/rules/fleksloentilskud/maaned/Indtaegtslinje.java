package dk.fleksjob.rules.fleksloentilskud.maaned;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One income line of a month, as a jobcentre receives it. Amounts in kroner before tax. Only {@code type} and (for
 * most types) {@code beloeb} are required; the other fields belong to particular types.
 *
 * @param type            what the income is
 * @param beloeb          the amount paid in the month (for Feriekonto: the gross amount, if known)
 * @param timer           løntimer in the month (wage lines; used for the state's ATP contribution)
 * @param dage            days: holiday days taken with Feriekonto money, days of sygedagpenge / barselsdagpenge, or
 *                        days of ledighedsydelse under ferie
 * @param feriedageIAlt   the number of holiday days the Feriekonto amount covers (default: {@code dage})
 * @param nettobeloeb     Feriekonto: the net amount paid out, when the gross amount is not known
 * @param skatOgAmBidrag  Feriekonto: the tax and AM-bidrag withheld, added back to the net amount (BEK § 6, stk. 3)
 * @param periodeFra      bonus/tantieme: the first month the payment covers
 * @param periodeTil      bonus/tantieme: the last month the payment covers
 * @param begrundelse     why an amount is not deducted (required for {@code andet_ikke_fradrag})
 * @param tekst           free text, e.g. the payer or the payslip line
 */
public record Indtaegtslinje(Indtaegtstype type, BigDecimal beloeb, BigDecimal timer, BigDecimal dage,
                             BigDecimal feriedageIAlt, BigDecimal nettobeloeb, BigDecimal skatOgAmBidrag,
                             YearMonth periodeFra, YearMonth periodeTil, String begrundelse, String tekst) {

    /** A plain line with a type and an amount. */
    public static Indtaegtslinje of(Indtaegtstype type, BigDecimal amount) {
        return new Indtaegtslinje(type, amount, null, null, null, null, null, null, null, null, null);
    }

    /** A wage line with hours. */
    public static Indtaegtslinje loen(BigDecimal amount, BigDecimal hours) {
        return new Indtaegtslinje(Indtaegtstype.LOEN, amount, hours, null, null, null, null, null, null, null, null);
    }

    /** A line with days (dagpenge, ledighedsydelse under ferie). */
    public static Indtaegtslinje medDage(Indtaegtstype type, BigDecimal amount, BigDecimal days) {
        return new Indtaegtslinje(type, amount, null, days, null, null, null, null, null, null, null);
    }

    /** A bonus covering the months from–to. */
    public static Indtaegtslinje bonus(BigDecimal amount, YearMonth from, YearMonth to) {
        return new Indtaegtslinje(Indtaegtstype.BONUS, amount, null, null, null, null, null, from, to, null, null);
    }

    /** Feriekonto money: net amount plus withheld tax and AM-bidrag, for days taken out of days in all. */
    public static Indtaegtslinje feriekonto(BigDecimal net, BigDecimal taxAndAm, BigDecimal daysTaken,
                                           BigDecimal daysInAll) {
        return new Indtaegtslinje(Indtaegtstype.FERIEGODTGOERELSE_FERIEKONTO, null, null, daysTaken, daysInAll, net,
            taxAndAm, null, null, null, null);
    }
}
