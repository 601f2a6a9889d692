package dk.fleksjob.rules.fleksloentilskud.maaned;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Efterregulering — when the income of a past month turns out different from what the subsidy was computed with, the
 * subsidy is computed again and the difference is paid out or set off in the following months.
 *
 * <p>Legal basis: BEK om beregning af og fradrag i fleksløntilskud § 3, stk. 4 (»Der efterreguleres fremadrettet for
 * forskellen mellem det beløb, der er udbetalt i fleksløntilskud, og det beløb, som den fleksjobansatte … er
 * berettiget til. … Hvis det er muligt, skal efterreguleringen ske fuldt ud i den følgende måneds fleksløntilskud eller
 * ledighedsydelse. Er dette ikke muligt, sker fradraget i de følgende måneders fleksløntilskud eller
 * ledighedsydelse.«), § 4, stk. 2 (expected income until eIndkomst has the whole month) and stk. 4 (»Efterregulering
 * kan foretages for en periode på op til 12 måneder.«); ATP-BEK § 6 (ATP paid on subsidy that is paid back returns to
 * the kommune).
 */
public final class Efterregulering {

    private Efterregulering() {
    }

    /**
     * @param oprindelig  the month as the subsidy was computed (the income originally used)
     * @param korrigeret  the same month with the corrected income
     * @param reguleringsmaaned the month the correction is made in (optional; checks the 12-month limit)
     */
    public static EfterreguleringResultat calculate(MaanedInput oprindelig, MaanedInput korrigeret,
                                                    YearMonth reguleringsmaaned, boolean explain) {
        if (oprindelig.maaned() == null || !oprindelig.maaned().equals(korrigeret.maaned())) {
            throw new InvalidInputException("maaned", "den oprindelige og den korrigerede måned skal være den samme "
                + "tilskudsmåned");
        }
        MaanedResultat before = Maanedsberegning.calculate(oprindelig, Rates.withOverrides(oprindelig.parametre()),
            explain);
        MaanedResultat after = Maanedsberegning.calculate(korrigeret, Rates.withOverrides(korrigeret.parametre()),
            explain);
        YearMonth month = korrigeret.maaned();
        Explainer ex = Explainer.of(explain, "Efterregulering af fleksløntilskuddet for " + DanishDates.format(month));
        ex.step("oprindeligt", before.fleksloentilskud(), () -> "Oprindelig beregning: lønindtægt "
                + Kroner.format(before.samletLoenindtaegt()) + ", fuldt fradrag " + Kroner.format(before.fuldtFradrag())
                + ", fleksløntilskud " + Kroner.format(before.fleksloentilskud()) + ".")
            .law(Hjemler.bek("4", 2));
        ex.step("korrigeret", after.fleksloentilskud(), () -> "Ny beregning med de korrigerede indtægter: lønindtægt "
                + Kroner.format(after.samletLoenindtaegt()) + ", fuldt fradrag " + Kroner.format(after.fuldtFradrag())
                + ", fleksløntilskud " + Kroner.format(after.fleksloentilskud()) + ".")
            .law(Hjemler.bek("4", 4));
        BigDecimal diff = after.fleksloentilskud().subtract(before.fleksloentilskud());
        BigDecimal diffAtp = after.atpBidrag().subtract(before.atpBidrag());
        BigDecimal diffPaid = after.udbetaltTilskud().subtract(before.udbetaltTilskud());
        BigDecimal diffState = after.atpTilskudstimer() == null || before.atpTilskudstimer() == null ? null
            : after.atpTilskudstimer().subtract(before.atpTilskudstimer());
        String retning = diff.signum() > 0 ? "efterbetaling" : diff.signum() < 0 ? "modregning" : "ingen";
        var step = ex.step("forskelTilskud", diff, () -> diff.signum() == 0
                ? "Tilskuddet er det samme; der skal ikke reguleres."
                : diff.signum() > 0
                    ? "Du har fået " + Kroner.format(diff) + " for lidt i tilskud (heraf ATP-bidrag "
                        + Kroner.format(diffAtp) + "); " + Kroner.format(diffPaid) + " skal efterbetales."
                    : "Du har fået " + Kroner.format(diff.negate()) + " for meget i tilskud (heraf ATP-bidrag "
                        + Kroner.format(diffAtp.negate()) + "). " + Kroner.format(diffPaid.negate())
                        + " trækkes i den følgende måneds fleksløntilskud eller ledighedsydelse, og er det ikke muligt "
                        + "fuldt ud, i de følgende måneders.")
            .law(Hjemler.bek("3", 4), Hjemler.bek("4", 4));
        if (diff.signum() < 0) {
            step.law(Hjemler.atp("6", null));
            step.flag(Flag.skalAfklares("Efterregulering sker fremadrettet i tilskuddet. Et krav om tilbagebetaling "
                + "ud over det kræver en særskilt afgørelse, hvor betingelserne (fx at du mod bedre vidende har givet "
                + "forkerte oplysninger) er vurderet.", Hjemler.ankestyrelsen("6-23")));
        }
        if (reguleringsmaaned != null && ChronoUnit.MONTHS.between(month, reguleringsmaaned) > 12) {
            step.flag(Flag.skalAfklares("Efterreguleringen gælder " + DanishDates.format(month) + ", mere end 12 "
                + "måneder før " + DanishDates.format(reguleringsmaaned) + ". Efterregulering kan foretages for en "
                + "periode på op til 12 måneder.", Hjemler.bek("4", 4)));
        }
        return new EfterreguleringResultat(month, retning, diff, diffAtp, diffPaid, diffState, before, after,
            RulesVersion.current(), ex.build());
    }
}
