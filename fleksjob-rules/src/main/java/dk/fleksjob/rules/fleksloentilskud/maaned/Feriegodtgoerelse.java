package dk.fleksjob.rules.fleksloentilskud.maaned;

import dk.fleksjob.rules.money.Kroner;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Feriegodtgørelse fra Feriekonto eller en feriekasse — holiday pay not paid by the employer at the holiday counts in
 * the subsidy when the holiday is taken, as a gross amount and in proportion to the holiday days taken.
 *
 * <p>Legal basis: BEK om beregning af og fradrag i fleksløntilskud § 6, stk. 3: »Når den fleksjobansatte afholder
 * ferie med feriegodtgørelse fra Feriekonto, en feriekasse m.v., omregnes feriegodtgørelsen til et bruttobeløb. Ved
 * omregningen lægges skat og arbejdsmarkedsbidrag til nettoferiegodtgørelsen.« Stk. 4: it »indgår som en
 * forholdsmæssig andel af feriegodtgørelsen sat i forhold til antallet af feriedage, som afholdes«.
 */
public final class Feriegodtgoerelse {

    private Feriegodtgoerelse() {
    }

    /** Net plus the tax and AM-bidrag withheld. */
    public static BigDecimal brutto(BigDecimal net, BigDecimal taxAndAm) {
        return net.add(taxAndAm);
    }

    /** The part of the gross amount that belongs to the days taken, to the øre. */
    public static BigDecimal andel(BigDecimal gross, BigDecimal daysTaken, BigDecimal daysInAll) {
        return Kroner.toOere(gross.multiply(daysTaken).divide(daysInAll, MathContext.DECIMAL64));
    }
}
