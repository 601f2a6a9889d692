package dk.fleksjob.rules.fleksydelse;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fradrag for pension — the reduction of the fleksydelse for pension savings and for employer pensions paid out.
 *
 * <p>LFY § 18 (LBK nr. 1083/2025). Stk. 5 (born 1 January 1956 or later): lifelong pensions count with »80 pct. af
 * den indberettede beregnede livsvarige årlige ydelse«, other schemes with »en årlig ydelse som 5 pct. af det
 * indberettede depot«, and »Fleksydelsen nedsættes i hele fleksydelsesperioden med 80 pct. af de beregnede beløb« —
 * no bundfradrag. Stk. 11 (born before 1 January 1956): the same yearly amounts, but the reduction is »60 pct. af det
 * beregnede beløb, der overstiger et fradragsbeløb på 14.200 kr. (2012-niveau)«; the bundfradrag used is the one in
 * force when the person goes on fleksydelse (BEK om fleksydelse § 27, stk. 1).
 *
 * <p>Pensions paid at the same time as fleksydelse: the deduction under stk. 5 / 11 is made »uanset om pensionen
 * udbetales i fleksydelsesperioden, jf. dog stk. 6«. Stk. 6 / 12: a running payout of a pension that »er led i et
 * ansættelsesforhold« reduces the fleksydelse from when it is paid by 64 pct. (born 1956 or later) or 50 pct. (born
 * before 1956) of the amount paid. BEK om fleksydelse § 26, stk. 6 / § 27, stk. 6 treat the two as separate
 * categories (»80 pct. af det beregnede beløb efter stk. 1, og 64 pct. af den løbende udbetalte pension før skat
 * efter stk. 3«), so an employer pension paid during the fleksydelse belongs in the second and not also in the first.
 */
final class Pensionsfradrag {

    private Pensionsfradrag() {
    }

    /** The yearly amounts of the pension deduction. */
    record Amounts(BigDecimal beregnetYdelse, BigDecimal bundfradrag, BigDecimal fradrag, BigDecimal loebendeFradrag) {
    }

    static Amounts calculate(LocalDate birth, LocalDate overgang, int year, BigDecimal lifelong, BigDecimal capital,
                             BigDecimal instalment, BigDecimal otherDepots, BigDecimal runningEmployerPension,
                             Rates rates, Explainer ex) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        boolean before1956 = birth.isBefore(Fleksydelsessats.COHORT_1956);
        BigDecimal l = amount(lifelong, "livsvarigPension");
        BigDecimal k = amount(capital, "kapitalpension");
        BigDecimal r = amount(instalment, "ratepension");
        BigDecimal o = amount(otherDepots, "andreDepoter");
        BigDecimal running = amount(runningEmployerPension, "loebendeArbejdsgiverpension");
        if (l.signum() == 0 && k.signum() == 0 && r.signum() == 0 && o.signum() == 0 && running.signum() == 0) {
            ex.step("pensionsfradrag", Kroner.ZERO, () -> "Du har ikke oplyst pensioner, så der er intet fradrag for "
                    + "pension.")
                .law(Hjemmel.lfy("18", before1956 ? 11 : 5));
            return new Amounts(Kroner.ZERO, null, Kroner.ZERO, Kroner.ZERO);
        }
        int stk = before1956 ? 11 : 5;
        ParameterValue lifelongShare = rates.at("fleksydelse.pension_livsvarig_andel", yearEnd);
        ParameterValue depotShare = rates.at("fleksydelse.pension_depot_andel", yearEnd);

        BigDecimal fromLifelong = Kroner.toOere(lifelongShare.asFraction().multiply(l));
        if (l.signum() != 0) {
            ex.step("livsvarigAndel", fromLifelong, () -> Kroner.plain(lifelongShare.vaerdi()) + " pct. af den "
                    + "forventede årlige udbetaling fra livsvarige pensioner " + Kroner.format(l) + " = "
                    + Kroner.format(fromLifelong) + ".")
                .law(Hjemmel.lfy("18", stk)).param(lifelongShare).input("livsvarigPension", l);
        }
        BigDecimal fromCapital = depotStep("kapitalpensionAndel", "kapitalpension", k, depotShare, stk, ex);
        BigDecimal fromInstalment = depotStep("ratepensionAndel", "ratepension", r, depotShare, stk, ex);
        BigDecimal fromOther = depotStep("andreDepoterAndel", "andre pensionsdepoter", o, depotShare, stk, ex);
        BigDecimal sum = fromLifelong.add(fromCapital).add(fromInstalment).add(fromOther);

        BigDecimal bundfradrag = null;
        BigDecimal fradrag;
        if (before1956) {
            LocalDate when = overgang != null ? overgang : yearEnd;
            ParameterValue bund = rates.at("fleksydelse.pension_bundfradrag", when);
            ParameterValue pct = rates.at("fleksydelse.pension_fradrag_procent_foer_1956", yearEnd);
            bundfradrag = Kroner.toOere(bund.vaerdi());
            BigDecimal base = Kroner.max(BigDecimal.ZERO, sum.subtract(bund.vaerdi()));
            var baseStep = ex.step("samletPensionssum", Kroner.toOere(base), () -> "Samlet beregnet pensionsydelse "
                    + Kroner.format(sum) + " (livsvarige pensioner og depoter ovenfor) − bundfradrag " + Kroner.format(bund.vaerdi()) + " = "
                    + Kroner.format(Kroner.toOere(base)) + (base.signum() == 0 ? " (kan ikke blive negativ)." : "."))
                .law(Hjemmel.lfy("18", 11), Hjemmel.lfy("18", 13), Hjemmel.bek("27", 1)).param(bund);
            if (overgang == null) {
                baseStep.flag(Flag.skalAfklares("Bundfradraget er det, der gælder, når du går på fleksydelse. Du har "
                    + "ikke oplyst datoen, så vi bruger bundfradraget for " + year + ".", Hjemmel.bek("27", 1)));
            }
            fradrag = Kroner.toOere(pct.asFraction().multiply(base));
            BigDecimal f = fradrag;
            ex.step("pensionsfradrag", f, () -> "Fradrag i fleksydelsen for pension: " + Kroner.plain(pct.vaerdi())
                    + " pct. af " + Kroner.format(Kroner.toOere(base)) + " = " + Kroner.format(f) + " om året.")
                .law(Hjemmel.lfy("18", 11), Hjemmel.bek("27", 6)).param(pct);
        } else {
            ParameterValue pct = rates.at("fleksydelse.pension_fradrag_procent", yearEnd);
            ex.step("samletPensionssum", sum, () -> "Samlet beregnet pensionsydelse: " + Kroner.format(sum)
                    + ". Du er født 1. januar 1956 eller senere, så der er intet bundfradrag.")
                .law(Hjemmel.lfy("18", 5), Hjemmel.bek("26", 1));
            fradrag = Kroner.toOere(pct.asFraction().multiply(sum));
            BigDecimal f = fradrag;
            ex.step("pensionsfradrag", f, () -> "Fradrag i fleksydelsen for pension: " + Kroner.plain(pct.vaerdi())
                    + " pct. af " + Kroner.format(sum) + " = " + Kroner.format(f) + " om året. Fradraget gælder i "
                    + "hele fleksydelsesperioden, uanset om pensionen bliver udbetalt.")
                .law(Hjemmel.lfy("18", 5), Hjemmel.bek("26", 6)).param(pct);
        }
        BigDecimal loebende = runningDeduction(running, before1956, yearEnd, rates, ex);
        return new Amounts(sum, bundfradrag, fradrag, loebende);
    }

    private static BigDecimal depotStep(String id, String what, BigDecimal depot, ParameterValue share, int stk,
                                        Explainer ex) {
        BigDecimal yearly = Kroner.toOere(share.asFraction().multiply(depot));
        if (depot.signum() != 0) {
            ex.step(id, yearly, () -> Kroner.plain(share.vaerdi()) + " pct. af depotværdien af " + what + " "
                    + Kroner.format(depot) + " = " + Kroner.format(yearly) + ".")
                .law(Hjemmel.lfy("18", stk)).param(share).input(id.replace("Andel", ""), depot);
        }
        return yearly;
    }

    private static BigDecimal runningDeduction(BigDecimal running, boolean before1956, LocalDate yearEnd, Rates rates,
                                               Explainer ex) {
        if (running.signum() == 0) {
            return Kroner.ZERO;
        }
        ParameterValue pct = rates.at(before1956 ? "fleksydelse.pension_loebende_procent_foer_1956"
            : "fleksydelse.pension_loebende_procent", yearEnd);
        BigDecimal fradrag = Kroner.toOere(pct.asFraction().multiply(running));
        ex.step("loebendePensionsfradrag", fradrag, () -> "Pension fra et ansættelsesforhold, der bliver udbetalt, "
                + "mens du får fleksydelse: " + Kroner.plain(pct.vaerdi()) + " pct. af " + Kroner.format(running)
                + " om året = " + Kroner.format(fradrag) + ". Denne pension skal ikke også tælles med ovenfor.")
            .law(Hjemmel.lfy("18", before1956 ? 12 : 6), Hjemmel.bek(before1956 ? "27" : "26", 3))
            .param(pct).input("loebendeArbejdsgiverpension", running)
            .flag(Flag.skalAfklares("Om en pension er »led i et ansættelsesforhold« og udbetales løbende, afgør "
                + "Udbetaling Danmark ud fra pensionsoplysningerne.", Hjemmel.lfy("18", before1956 ? 12 : 6)));
        return fradrag;
    }

    private static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "beløbet kan ikke være negativt");
        }
        return value;
    }
}
