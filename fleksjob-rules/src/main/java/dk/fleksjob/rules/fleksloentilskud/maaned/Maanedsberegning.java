package dk.fleksjob.rules.fleksloentilskud.maaned;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudSatser;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.List;

/**
 * Fleksløntilskud for en faktisk måned — the subsidy for month M computed from the typed income of month M−1, as the
 * kommune must compute it from eIndkomst, the employer and Feriekonto, with every line explained.
 *
 * <p>Legal basis: LAB §§ 123–124 and 137–138; BEK om beregning af og fradrag i fleksløntilskud (nr. 227/2024 and its
 * predecessors) §§ 1–13; BEK om indbetaling af ATP-bidrag for modtagere af fleksløntilskud §§ 1–3. § 4, stk. 1:
 * »Nedsættelsen af fleksløntilskuddet sker bagud i den følgende måned på baggrund af beregning af og fradrag i
 * tilskuddet efter §§ 3-13.«
 *
 * <p>Which rules: the version follows the <em>wage month</em> (BEK nr. 227/2024 § 15, stk. 2: »virkning for
 * lønindtægter m.v. … fra den 1. januar 2024«). From wage month January 2024: wage and sygedagpenge / barselsdagpenge in
 * the same month are deducted together (§ 7, stk. 2, § 9, stk. 2); tabt arbejdsfortjeneste and plejevederlag count as
 * wage (§ 11); the lønloft compares the subsidy with all the income in § 3, stk. 3. Before: the lønloft compares only
 * the employer's wage (BEK nr. 250/2022 § 3, stk. 3); tabt arbejdsfortjeneste is not wage (Ankestyrelsen 6-23).
 *
 * <p>Rounding: the subsidy to whole kroner after all deductions (BEK § 2); both ATP contributions to whole kroner
 * (ATP-BEK §§ 2 and 3); intermediate amounts are exact and shown to the øre.
 */
public final class Maanedsberegning {

    /** Wage months from here fall under BEK nr. 1806/2023 and 227/2024 (§ 15, stk. 2). */
    public static final YearMonth REFORM_2024 = YearMonth.of(2024, 1);
    /** BEK nr. 250/2022 (in force 1 April 2022): days rule (§ 2, stk. 2) and ledighedsydelse days (§ 10, stk. 2). */
    public static final YearMonth DAYS_RULE = YearMonth.of(2022, 4);

    private Maanedsberegning() {
    }

    public static MaanedResultat calculate(MaanedInput input) {
        return calculate(input, Rates.withOverrides(input.parametre()), true);
    }

    public static MaanedResultat calculate(MaanedInput input, boolean explain) {
        return calculate(input, Rates.withOverrides(input.parametre()), explain);
    }

    public static MaanedResultat calculate(MaanedInput input, Rates rates, boolean explain) {
        YearMonth month = requireMonth(input.maaned());
        YearMonth wageMonth = month.minusMonths(1);
        boolean reform = !wageMonth.isBefore(REFORM_2024);
        Explainer ex = Explainer.of(explain, "Fleksløntilskud for " + DanishDates.format(month)
            + " beregnet af indtægterne i " + DanishDates.format(wageMonth));
        String regler = reform
            ? "BEK nr. 227/2024 (lønindtægter fra 1. januar 2024)"
            : "reglerne før 1. januar 2024 (BEK nr. 250/2022 og tidligere)";
        ex.step("loenmaaned", null, () -> "Tilskuddet for " + DanishDates.format(month) + " udbetales bagud og "
                + "nedsættes for indtægterne i måneden før, " + DanishDates.format(wageMonth) + ". Indtægterne er "
                + "vurderet efter " + regler + ".")
            .law(Hjemler.bek("4", 1), Hjemler.bek("15", 2));

        FleksloentilskudSatser s = FleksloentilskudSatser.forMonth(month, rates, ex);
        Lines lines = Lines.classify(input.indtaegter(), wageMonth, reform, ex);

        BigDecimal income = lines.loenindtaegt;
        BigDecimal knaek = s.knaek().vaerdi();
        BigDecimal below = Kroner.min(income, knaek);
        BigDecimal fradrag30 = s.procentUnderKnaek().asFraction().multiply(below);
        BigDecimal above = Kroner.max(BigDecimal.ZERO, income.subtract(knaek));
        BigDecimal fradrag55 = s.procentOverKnaek().asFraction().multiply(above);
        ex.step("fradrag30", Kroner.toOere(fradrag30), () -> Kroner.plain(s.procentUnderKnaek().vaerdi())
                + " pct. af lønindtægten op til knækket på " + Kroner.format(knaek) + ": "
                + Kroner.plain(s.procentUnderKnaek().vaerdi()) + " pct. af " + Kroner.format(Kroner.toOere(below))
                + " = " + Kroner.format(Kroner.toOere(fradrag30)) + ".")
            .law(Hjemler.lab123(month, 2), Hjemler.bek("3", 2))
            .param(s.procentUnderKnaek(), s.knaek());
        ex.step("fradrag55", Kroner.toOere(fradrag55), () -> Kroner.plain(s.procentOverKnaek().vaerdi())
                + " pct. af lønindtægten over knækket: " + Kroner.plain(s.procentOverKnaek().vaerdi()) + " pct. af "
                + Kroner.format(Kroner.toOere(above)) + " = " + Kroner.format(Kroner.toOere(fradrag55)) + ".")
            .law(Hjemler.lab123(month, 2), Hjemler.bek("3", 2))
            .param(s.procentOverKnaek(), s.knaek());
        if (lines.fuldtFradrag.signum() > 0) {
            ex.step("fuldtFradrag", Kroner.toOere(lines.fuldtFradrag), () -> "Syge- og barselsdagpenge og "
                    + "ressourceforløbsydelse trækkes fra krone for krone: " + Kroner.format(lines.fuldtFradrag)
                    + ". Så får du sammenlagt et beløb svarende til 98 pct. af dagpengenes højeste beløb ("
                    + Kroner.format(s.maksimaltTilskud()) + "), så længe der ikke også er løn.")
                .law(Hjemler.lab124(month), Hjemler.bek(Hjemler.sygdom(wageMonth), 1),
                    Hjemler.bek(Hjemler.barsel(wageMonth), 1));
        }

        BigDecimal beforeCap = beforeCap(s, lines, fradrag30, fradrag55, reform, rates, ex);

        Cap cap = Cap.apply(input.loenloft(), lines, beforeCap, reform, month, rates, ex);
        BigDecimal afterCap = beforeCap.subtract(cap.fradrag);

        BigDecimal ferieNedsaettelse = Ferie.reduction(lines, afterCap, wageMonth, rates, ex);
        BigDecimal beforeRounding = Kroner.max(BigDecimal.ZERO, afterCap.subtract(ferieNedsaettelse));

        BigDecimal tilskud;
        if (!lines.supportsSubsidy()) {
            tilskud = Kroner.ZERO;
            ex.step("fleksloentilskud", tilskud, () -> "Der er ikke udbetalt løn fra fleksjobarbejdsgiveren i "
                    + DanishDates.format(wageMonth) + " (og heller ikke sygedagpenge, barselsdagpenge eller "
                    + "feriegodtgørelse under ferie). Fleksløntilskuddet er et supplement til lønnen, så der er intet "
                    + "tilskud for " + DanishDates.format(month) + ".")
                .law(Hjemler.bek("3", 1), Hjemler.ankestyrelsen("6-23"))
                .flag(Flag.skalAfklares("Kontrollér, at der ikke mangler en lønlinje (fx løn udbetalt sent) for "
                    + DanishDates.format(wageMonth) + ".", Hjemler.bek("14", 1)));
        } else {
            tilskud = Kroner.toWholeKroner(beforeRounding);
            ex.step("fleksloentilskud", tilskud, () -> "Fleksløntilskuddet for " + DanishDates.format(month) + ": "
                    + Kroner.format(Kroner.toOere(beforeRounding)) + ", afrundet til nærmeste hele krone = "
                    + Kroner.format(tilskud) + ".")
                .law(Hjemler.bek("2", 1));
        }

        BigDecimal atp = Kroner.min(Kroner.toWholeKroner(s.atpProcent().asFraction().multiply(tilskud)),
            Kroner.toOere(s.atpMaksimum().vaerdi()));
        ex.step("atpBidrag", atp, () -> "Dit ATP-bidrag: " + Kroner.plain(s.atpProcent().vaerdi()) + " pct. af "
                + Kroner.format(tilskud) + ", højst " + Kroner.format(s.atpMaksimum().vaerdi()) + " = "
                + Kroner.format(atp) + ". Kommunen trækker det i tilskuddet; udbetalt tilskud "
                + Kroner.format(tilskud.subtract(atp)) + ".")
            .law(Hjemler.lab137(month), Hjemler.atp("2", null))
            .param(s.atpProcent(), s.atpMaksimum());

        BigDecimal atpState = AtpForTilskudstimer.calculate(input, lines, tilskud, month, rates, ex);

        BigDecimal total = Kroner.toOere(income.add(lines.fuldtFradrag).add(tilskud));
        ex.step("samletIndkomst", total, () -> "Samlet indkomst før skat: lønindtægt "
                + Kroner.format(Kroner.toOere(income))
                + (lines.fuldtFradrag.signum() == 0 ? "" : " + dagpenge " + Kroner.format(lines.fuldtFradrag))
                + " + fleksløntilskud " + Kroner.format(tilskud) + " = " + Kroner.format(total)
                + (lines.ikkeFradrag.signum() == 0 ? "" : ". Dertil kommer " + Kroner.format(lines.ikkeFradrag)
                    + " uden fradrag") + ".");

        return new MaanedResultat(month, wageMonth, regler, List.copyOf(lines.results), Kroner.toOere(income),
            Kroner.toOere(lines.fuldtFradrag), Kroner.toOere(lines.ikkeFradrag), Kroner.toOere(s.maksimaltTilskud()),
            Kroner.toOere(knaek), Kroner.toOere(fradrag30), Kroner.toOere(fradrag55), Kroner.toOere(beforeCap),
            cap.loft == null ? null : Kroner.toOere(cap.loft), Kroner.toOere(cap.compared), Kroner.toOere(cap.fradrag),
            Kroner.toOere(ferieNedsaettelse), tilskud, atp, tilskud.subtract(atp), atpState, total,
            List.copyOf(lines.otherMonths), RulesVersion.current(), ex.build());
    }

    /**
     * The subsidy after the deductions. Where wage and dagpenge fall in the same month before 2024, and the days of
     * dagpenge are known, the month is split by days (BEK § 2, stk. 2: 21,6667 days a month): the dagpenge days get
     * 98 pct. minus the dagpenge, the other days the subsidy minus the wage deduction, each at least 0. As long as
     * neither part goes below 0 this gives the same as deducting both together (the 2024 rule); it only differs in the
     * citizen's favour.
     */
    private static BigDecimal beforeCap(FleksloentilskudSatser s, Lines lines, BigDecimal f30, BigDecimal f55,
                                        boolean reform, Rates rates, Explainer ex) {
        BigDecimal max = s.maksimaltTilskud();
        YearMonth month = s.maaned();
        boolean mixed = lines.loenindtaegt.signum() > 0 && lines.fuldtFradrag.signum() > 0;
        if (mixed && !reform && lines.dagpengeDage != null) {
            ParameterValue days = rates.forMonth("fleksloentilskud.dage_pr_maaned", s.loenmaaned());
            BigDecimal d = Kroner.min(lines.dagpengeDage, days.vaerdi());
            BigDecimal maxSick = max.multiply(d).divide(days.vaerdi(), MathContext.DECIMAL64);
            BigDecimal maxWork = max.subtract(maxSick);
            BigDecimal work = Kroner.max(BigDecimal.ZERO, maxWork.subtract(f30).subtract(f55));
            BigDecimal sick = Kroner.max(BigDecimal.ZERO, maxSick.subtract(lines.fuldtFradrag));
            BigDecimal result = work.add(sick);
            ex.step("tilskudFoerLoenloft", Kroner.toOere(result), () -> "Løn og dagpenge i samme måned (før 2024): "
                    + "måneden deles efter dage. " + Kroner.plain(d) + " dagpengedage af " + Kroner.plain(days.vaerdi())
                    + ": " + Kroner.format(Kroner.toOere(maxSick)) + " − dagpenge " + Kroner.format(lines.fuldtFradrag)
                    + " = " + Kroner.format(Kroner.toOere(sick)) + " (mindst 0); de øvrige dage: "
                    + Kroner.format(Kroner.toOere(maxWork)) + " − " + Kroner.format(Kroner.toOere(f30.add(f55)))
                    + " = " + Kroner.format(Kroner.toOere(work)) + " (mindst 0). I alt "
                    + Kroner.format(Kroner.toOere(result)) + ".")
                .law(Hjemler.bek("2", 2), Hjemler.bek(Hjemler.sygdom(s.loenmaaned()), 1))
                .param(days)
                .flag(Flag.uafklaret("Bekendtgørelsen før 2024 siger ikke, hvordan løn og dagpenge i samme måned "
                    + "kombineres; Vejledning om fleksløntilskud har eksempler, som vi ikke har kunnet læse. Vi deler "
                    + "måneden efter 21,6667 dage. Resultatet er det samme som samlet fradrag (reglen fra 2024), "
                    + "medmindre en af delene ville blive negativ.", Hjemler.bek("2", 2)));
            return result;
        }
        BigDecimal result = Kroner.max(BigDecimal.ZERO, max.subtract(f30).subtract(f55).subtract(lines.fuldtFradrag));
        var step = ex.step("tilskudFoerLoenloft", Kroner.toOere(result), () -> "Tilskud efter fradrag: "
                + Kroner.format(max) + " − " + Kroner.format(Kroner.toOere(f30)) + " − "
                + Kroner.format(Kroner.toOere(f55))
                + (lines.fuldtFradrag.signum() == 0 ? "" : " − " + Kroner.format(lines.fuldtFradrag)) + " = "
                + Kroner.format(Kroner.toOere(result)) + (result.signum() == 0 ? " (kan ikke blive negativt)." : "."))
            .law(Hjemler.lab123(month, 2));
        if (mixed && reform) {
            step.law(Hjemler.bek("7", 2), Hjemler.bek("9", 2));
        }
        if (mixed && !reform) {
            step.flag(Flag.uafklaret("Løn og dagpenge i samme måned før 2024: vi har trukket begge fra samlet. "
                + "Angiv antal dagpengedage (felt dage) på dagpengelinjen, så måneden kan deles efter 21,6667 dage; "
                + "det kan give et højere tilskud.", Hjemler.bek("2", 2)));
        }
        return result;
    }

    private static YearMonth requireMonth(YearMonth month) {
        if (month == null) {
            throw new InvalidInputException("maaned", "angiv måneden tilskuddet er for (ÅÅÅÅ-MM)");
        }
        if (month.isBefore(Fleksloentilskud.FIRST_MONTH)) {
            throw new InvalidInputException("maaned", "fleksløntilskud findes fra januar 2013");
        }
        return month;
    }

    /** The lønloft step (LAB § 123, stk. 3; BEK § 3, stk. 3, §§ 12–13). */
    private record Cap(BigDecimal loft, BigDecimal compared, BigDecimal fradrag) {

        static Cap apply(LoenloftOplysning info, Lines lines, BigDecimal beforeCap, boolean reform, YearMonth month,
                         Rates rates, Explainer ex) {
            BigDecimal compared = reform ? lines.loenindtaegt.add(lines.fuldtFradrag) : lines.arbejdsgiverLoen;
            if (info == null || (info.fuldtidsloen() == null && info.timeloen() == null)) {
                ex.step("loenloft", null, () -> "Lønloftet er ikke oplyst, så tilskuddet er beregnet uden loft.")
                    .law(Hjemler.lab123(month, 3), Hjemler.bek("12", 1))
                    .flag(Flag.skalAfklares("Arbejdsgiveren skal oplyse lønnen for fuld tid i stillingen på "
                        + "ordinære vilkår (lønloftet). Uden den kan det ikke kontrolleres, om tilskuddet skal "
                        + "nedsættes.", Hjemler.bek("12", 1)));
                return new Cap(null, compared, BigDecimal.ZERO);
            }
            BigDecimal base = base(info, month, rates, ex);
            BigDecimal loft = base.add(lines.loftTillaeg);
            if (lines.loftTillaeg.signum() > 0) {
                ex.step("loenloftTillaeg", Kroner.toOere(lines.loftTillaeg), () -> "Lønloftet hæves i "
                        + DanishDates.format(month.minusMonths(1)) + " med engangsbeløb, der hører til lønnen for fuld "
                        + "tid (ferietillæg, fritvalg/søgnehelligdage, bonus): " + Kroner.format(lines.loftTillaeg)
                        + ". Lønloft i alt " + Kroner.format(Kroner.toOere(loft)) + ".")
                    .law(Hjemler.bek("12", 2), Hjemler.bek("12", 4), Hjemler.ankestyrelsen("51-16"),
                        Hjemler.ankestyrelsen("14-22"))
                    .flag(Flag.skalAfklares("Kontrollér med arbejdsgiveren, at beløbene ikke allerede er med i den "
                        + "oplyste fuldtidsløn (fx en fritvalgsordning, der udbetales løbende).", Hjemler.bek("12", 4)));
            }
            BigDecimal excess = Kroner.max(BigDecimal.ZERO, beforeCap.add(compared).subtract(loft));
            BigDecimal fradrag = Kroner.min(excess, beforeCap);
            String what = reform
                ? "lønindtægt og dagpenge"
                : "løn fra arbejdsgiveren";
            ex.step("loenloftFradrag", Kroner.toOere(fradrag), () -> (fradrag.signum() == 0
                    ? "Lønloftet: tilskud og " + what + " i alt " + Kroner.format(Kroner.toOere(beforeCap.add(compared)))
                        + " er ikke over lønloftet på " + Kroner.format(Kroner.toOere(loft))
                        + ", så tilskuddet nedsættes ikke."
                    : "Lønloftet: tilskud og " + what + " i alt " + Kroner.format(Kroner.toOere(beforeCap.add(compared)))
                        + " overstiger lønloftet på " + Kroner.format(Kroner.toOere(loft))
                        + ". Tilskuddet nedsættes med det overskydende beløb " + Kroner.format(Kroner.toOere(fradrag))
                        + "."))
                .law(Hjemler.lab123(month, 3), Hjemler.bek("3", 3));
            return new Cap(loft, compared, fradrag);
        }

        private static BigDecimal base(LoenloftOplysning info, YearMonth month, Rates rates, Explainer ex) {
            if (info.fuldtidsloen() != null) {
                BigDecimal given = nonNegative(info.fuldtidsloen(), "loenloft.fuldtidsloen");
                ex.step("loenloft", Kroner.toOere(given), () -> "Lønloftet er lønnen for fuld tid i stillingen, som "
                        + "arbejdsgiveren har oplyst den: " + Kroner.format(Kroner.toOere(given)) + " pr. måned.")
                    .law(Hjemler.lab123(month, 3), Hjemler.bek("12", 1))
                    .input("loenloft.fuldtidsloen", given);
                return given;
            }
            BigDecimal hourly = nonNegative(info.timeloen(), "loenloft.timeloen");
            BigDecimal extra = info.tillaegPrTime() == null ? BigDecimal.ZERO
                : nonNegative(info.tillaegPrTime(), "loenloft.tillaegPrTime");
            ParameterValue hours = rates.forMonth("fleksloentilskud.loenloft_timer_pr_maaned", month.minusMonths(1));
            BigDecimal loft = Kroner.toOere(hourly.add(extra).multiply(hours.vaerdi()));
            ex.step("loenloft", loft, () -> "Lønloftet beregnet af timelønnen: (" + Kroner.format(hourly) + " + tillæg "
                    + Kroner.format(extra) + ") × " + Kroner.plain(hours.vaerdi()) + " timer = " + Kroner.format(loft)
                    + ".")
                .law(Hjemler.lab123(month, 3), Hjemler.bek("13", 2))
                .param(hours)
                .flag(Flag.skalAfklares("Lønloftet er et skøn over lønnen for fuld tid inkl. pension og alle tillæg. "
                    + "Det er arbejdsgiveren, der skal oplyse det; kommunen må kun selv beregne det, når arbejdsgiveren "
                    + "ikke kan.", Hjemler.bek("13", 1)));
            return loft;
        }
    }

    static BigDecimal nonNegative(BigDecimal value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "mangler et beløb");
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "beløbet kan ikke være negativt");
        }
        return value;
    }
}
