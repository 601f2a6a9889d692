package dk.fleksjob.rules.fleksloentilskud.maaned;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;

/**
 * Ferie med ledighedsydelse — holiday days without earned holiday pay, paid with ledighedsydelse, give no
 * fleksløntilskud.
 *
 * <p>Legal basis: BEK om beregning af og fradrag i fleksløntilskud § 10, stk. 2 (from BEK nr. 250/2022, in force
 * 1 April 2022): »Der kan ikke udbetales fleksløntilskud for de dage, hvor der udbetales ledighedsydelse under ferie.
 * Det beregnede fleksløntilskud efter § 3 skal reduceres forholdsmæssigt på baggrund af det antal dage, der udbetales
 * ledighedsydelse for.« With § 2, stk. 2 (21,6667 days a month) the reduction is subsidy × days / 21,6667. Before
 * (BEK nr. 110/2021 § 9, stk. 2): »Ledighedsydelsen skal fradrages i det beregnede fleksløntilskud« — the amount.
 */
final class Ferie {

    private static final YearMonth BEK_110_2021 = YearMonth.of(2021, 2);

    private Ferie() {
    }

    static BigDecimal reduction(Lines lines, BigDecimal subsidy, YearMonth wageMonth, Rates rates, Explainer ex) {
        if (lines.firstLyLine == 0) {
            return BigDecimal.ZERO;
        }
        String f = "indtaegter[" + lines.firstLyLine + "]";
        if (!wageMonth.isBefore(Maanedsberegning.DAYS_RULE)) {
            if (lines.lyDage == null) {
                throw new InvalidInputException(f + ".dage", "angiv antal dage med ledighedsydelse under ferie");
            }
            ParameterValue perMonth = rates.forMonth("fleksloentilskud.dage_pr_maaned", wageMonth);
            BigDecimal days = Kroner.min(lines.lyDage, perMonth.vaerdi());
            BigDecimal cut = Kroner.toOere(subsidy.multiply(days).divide(perMonth.vaerdi(), MathContext.DECIMAL64));
            ex.step("ferieNedsaettelse", cut, () -> "Ferie med ledighedsydelse i " + Kroner.plain(days) + " dage: "
                    + "tilskuddet nedsættes forholdsmæssigt, " + Kroner.format(Kroner.toOere(subsidy)) + " × "
                    + Kroner.plain(days) + " / " + Kroner.plain(perMonth.vaerdi()) + " = " + Kroner.format(cut) + ".")
                .law(Hjemler.bek("10", 2), Hjemler.bek("2", 2))
                .param(perMonth);
            return cut;
        }
        if (lines.lyBeloeb == null) {
            throw new InvalidInputException(f + ".beloeb", "angiv ledighedsydelsens beløb (før 1. april 2022 "
                + "trækkes beløbet fra i tilskuddet)");
        }
        BigDecimal cut = Kroner.min(Kroner.toOere(lines.lyBeloeb), Kroner.toOere(subsidy));
        var step = ex.step("ferieNedsaettelse", cut, () -> "Ferie med ledighedsydelse: ledighedsydelsen "
                + Kroner.format(Kroner.toOere(lines.lyBeloeb)) + " trækkes fra i det beregnede tilskud (reglen før "
                + "1. april 2022).")
            .law(Hjemler.bek("9", 2));
        if (wageMonth.isBefore(BEK_110_2021)) {
            step.flag(Flag.uafklaret("Vi har læst reglen i BEK nr. 110/2021; for lønmåneder før februar 2021 "
                + "antager vi samme regel.", Hjemler.bek("9", 2)));
        }
        return cut;
    }
}
