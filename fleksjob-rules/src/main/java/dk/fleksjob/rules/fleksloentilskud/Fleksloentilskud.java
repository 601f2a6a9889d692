package dk.fleksjob.rules.fleksloentilskud;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Fleksløntilskud — the municipality's monthly wage subsidy to a person in a fleksjob (jobs from 1 January 2013).
 *
 * <p>Legal basis: LAB § 123 (§ 70 f before 2020) and BEK om beregning af og fradrag i fleksløntilskud §§ 2–4.
 * § 123, stk. 2: »Fleksløntilskuddet nedsættes med 30 pct. dels af lønindtægten i fleksjobbet, dels af anden
 * lønindtægt, indtil den samlede lønindtægt pr. måned udgør 14.686 kr. (2019-niveau). Herefter nedsættes
 * fleksløntilskuddet med 55 pct. af den lønindtægt, der overstiger 14.686 kr. pr. måned før skat.« § 123, stk. 3
 * (the lønloft): the subsidy and the wage together may not exceed the wage for full-time work in the position.
 *
 * <p>Time: the subsidy for month M is paid in arrears and reduced for the wage of month M−1 (BEK § 4: »Nedsættelsen
 * af fleksløntilskuddet sker bagud i den følgende måned«). See {@link FleksloentilskudSatser} for which month's
 * rates apply.
 *
 * <p>Rounding: the fleksløntilskud is rounded to the nearest whole krone (BEK § 2) after the deductions and the
 * lønloft; the ATP contribution is rounded to the nearest whole krone (BEK om ATP-bidrag § 2); intermediate
 * deductions are exact and shown to the øre. A monthly wage estimated from an hourly wage is rounded to whole
 * kroner as STAR's calculator shows it.
 */
public final class Fleksloentilskud {

    /** The first month of the scheme (lov nr. 1380 af 23/12/2012). */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2013, 1);

    private Fleksloentilskud() {
    }

    public static FleksloentilskudResult calculate(FleksloentilskudRequest request) {
        return calculate(request, true);
    }

    public static FleksloentilskudResult calculate(FleksloentilskudRequest request, boolean explain) {
        return calculate(request, Rates.withOverrides(request.parametre()), explain);
    }

    public static FleksloentilskudResult calculate(FleksloentilskudRequest request, Rates rates, boolean explain) {
        YearMonth month = requireMonth(request.maaned());
        Explainer ex = Explainer.of(explain, "Fleksløntilskud for " + DanishDates.format(month));
        EmployerWage wage = employerWage(request, month, rates, ex);
        BigDecimal other = nonNegative(request.andenLoen(), "andenLoen", BigDecimal.ZERO);
        BigDecimal loenloft = loenloft(request, month, rates, ex);
        FleksloentilskudSatser satser = FleksloentilskudSatser.forMonth(month, rates, ex);
        Amounts a = subsidy(satser, wage.monthly(), other, loenloft, ex);
        return new FleksloentilskudResult(month, satser.loenmaaned(), wage.effectiveHours(), Kroner.toOere(wage.monthly()),
            Kroner.toOere(other), Kroner.toOere(a.wageIncome()), Kroner.toOere(loenloft),
            Kroner.toOere(satser.maksimaltTilskud()), Kroner.toOere(satser.knaek().vaerdi()), Kroner.toOere(a.fradrag30()),
            Kroner.toOere(a.fradrag55()), Kroner.toOere(a.loenloftFradrag()), a.tilskud(), a.atp(),
            a.tilskud().subtract(a.atp()), Kroner.toOere(a.wageIncome().add(a.tilskud())), RulesVersion.current(),
            ex.build());
    }

    /**
     * The subsidy for known monthly amounts: the rule itself, shared by the citizen calculation, the real month
     * and bulk runs.
     */
    public static Amounts subsidy(FleksloentilskudSatser s, BigDecimal wage, BigDecimal otherWage, BigDecimal loenloft,
                                  Explainer ex) {
        YearMonth month = s.maaned();
        BigDecimal income = wage.add(otherWage);
        BigDecimal knaek = s.knaek().vaerdi();
        ex.step("samletLoenindtaegt", income, () -> "Lønindtægten i " + DanishDates.format(s.loenmaaned())
                + " inkl. pensionsbidrag: løn fra fleksjobbet " + Kroner.format(wage)
                + (otherWage.signum() == 0 ? "" : " og anden løn " + Kroner.format(otherWage)) + " = "
                + Kroner.format(income) + ". Tilskuddet for " + DanishDates.format(month)
                + " nedsættes for lønnen i måneden før.")
            .law(Hjemmel.fleksloentilskud(month.atEndOfMonth(), 2), Hjemmel.bek("1", 1), Hjemmel.bek("4", 1));

        BigDecimal below = Kroner.min(income, knaek);
        BigDecimal fradrag30 = s.procentUnderKnaek().asFraction().multiply(below);
        var f30 = ex.step("fradrag30", Kroner.toOere(fradrag30), () -> Kroner.plain(s.procentUnderKnaek().vaerdi())
                + " pct. af lønindtægten op til knækket på " + Kroner.format(knaek) + ": "
                + Kroner.plain(s.procentUnderKnaek().vaerdi()) + " pct. af " + Kroner.format(below) + " = "
                + Kroner.format(Kroner.toOere(fradrag30)) + ".")
            .law(Hjemmel.fleksloentilskud(month.atEndOfMonth(), 2), Hjemmel.bek("3", 2))
            .param(s.procentUnderKnaek(), s.knaek());
        if (s.loenmaaned().getYear() != month.getYear()) {
            f30.flag(Flag.uafklaret("Tilskuddet for " + DanishDates.format(month) + " nedsættes for lønnen i "
                + DanishDates.format(s.loenmaaned()) + ". Vi bruger knækket for lønmåneden ("
                + Kroner.format(knaek) + "), fordi beløbet reguleres 1. januar for lønindtægter; kilderne siger det "
                + "ikke udtrykkeligt for januar-tilskuddet.", LegalReference.of(Law.BEK_FLT, "15", 2)));
        }

        BigDecimal above = Kroner.max(BigDecimal.ZERO, income.subtract(knaek));
        BigDecimal fradrag55 = s.procentOverKnaek().asFraction().multiply(above);
        ex.step("fradrag55", Kroner.toOere(fradrag55), () -> Kroner.plain(s.procentOverKnaek().vaerdi())
                + " pct. af lønindtægten over knækket: " + Kroner.plain(s.procentOverKnaek().vaerdi()) + " pct. af "
                + Kroner.format(above) + " = " + Kroner.format(Kroner.toOere(fradrag55)) + ".")
            .law(Hjemmel.fleksloentilskud(month.atEndOfMonth(), 2), Hjemmel.bek("3", 2))
            .param(s.procentOverKnaek(), s.knaek());

        BigDecimal beforeCap = Kroner.max(BigDecimal.ZERO, s.maksimaltTilskud().subtract(fradrag30).subtract(fradrag55));
        ex.step("tilskudFoerLoenloft", Kroner.toOere(beforeCap), () -> "Tilskud efter fradrag for løn: "
                + Kroner.format(s.maksimaltTilskud()) + " − " + Kroner.format(Kroner.toOere(fradrag30)) + " − "
                + Kroner.format(Kroner.toOere(fradrag55)) + " = " + Kroner.format(Kroner.toOere(beforeCap))
                + (beforeCap.signum() == 0 ? " (tilskuddet kan ikke blive negativt)." : "."))
            .law(Hjemmel.fleksloentilskud(month.atEndOfMonth(), 2));

        BigDecimal excess = Kroner.max(BigDecimal.ZERO, beforeCap.add(income).subtract(loenloft));
        BigDecimal loenloftFradrag = Kroner.min(excess, beforeCap);
        ex.step("loenloftFradrag", Kroner.toOere(loenloftFradrag), () -> loenloftFradrag.signum() == 0
                ? "Lønloftet: løn og tilskud i alt " + Kroner.format(Kroner.toOere(income.add(beforeCap)))
                    + " er ikke over lønnen for fuld tid på " + Kroner.format(Kroner.toOere(loenloft))
                    + ", så tilskuddet nedsættes ikke."
                : "Lønloftet: løn og tilskud i alt " + Kroner.format(Kroner.toOere(income.add(beforeCap)))
                    + " overstiger lønnen for fuld tid på " + Kroner.format(Kroner.toOere(loenloft))
                    + ". Tilskuddet nedsættes med det overskydende beløb " + Kroner.format(Kroner.toOere(loenloftFradrag))
                    + ".")
            .law(Hjemmel.fleksloentilskud(month.atEndOfMonth(), 3), Hjemmel.bek("3", 3));

        BigDecimal tilskud = Kroner.toWholeKroner(beforeCap.subtract(loenloftFradrag));
        ex.step("fleksloentilskud", tilskud, () -> "Fleksløntilskuddet for " + DanishDates.format(month) + ": "
                + Kroner.format(Kroner.toOere(beforeCap)) + " − " + Kroner.format(Kroner.toOere(loenloftFradrag))
                + ", afrundet til nærmeste hele krone = " + Kroner.format(tilskud) + ".")
            .law(Hjemmel.bek("2", null));

        BigDecimal atp = Kroner.min(Kroner.toWholeKroner(s.atpProcent().asFraction().multiply(tilskud)),
            Kroner.toOere(s.atpMaksimum().vaerdi()));
        ex.step("atpBidrag", atp, () -> "Dit ATP-bidrag: " + Kroner.plain(s.atpProcent().vaerdi()) + " pct. af "
                + Kroner.format(tilskud) + ", højst " + Kroner.format(s.atpMaksimum().vaerdi()) + " = "
                + Kroner.format(atp) + ". Kommunen trækker det i tilskuddet og betaler det til ATP; udbetalt tilskud "
                + Kroner.format(tilskud.subtract(atp)) + ".")
            .law(Hjemmel.atp(month.atEndOfMonth()), LegalReference.of(Law.BEK_ATP, "2"))
            .param(s.atpProcent(), s.atpMaksimum());

        ex.step("samletIndkomst", Kroner.toOere(income.add(tilskud)), () -> "Samlet indkomst før skat inkl. pension og ATP: "
                + Kroner.format(Kroner.toOere(income)) + " i løn + " + Kroner.format(tilskud) + " i fleksløntilskud = "
                + Kroner.format(Kroner.toOere(income.add(tilskud))) + ".")
            .law(Hjemmel.fleksloentilskud(month.atEndOfMonth(), 1));
        return new Amounts(income, fradrag30, fradrag55, beforeCap, loenloftFradrag, tilskud, atp);
    }

    /** The amounts of one month, exact (not yet rounded) except the subsidy and the ATP. */
    public record Amounts(BigDecimal wageIncome, BigDecimal fradrag30, BigDecimal fradrag55, BigDecimal beforeCap,
                          BigDecimal loenloftFradrag, BigDecimal tilskud, BigDecimal atp) {
    }

    private record EmployerWage(BigDecimal monthly, BigDecimal effectiveHours) {
    }

    private static EmployerWage employerWage(FleksloentilskudRequest r, YearMonth month, Rates rates, Explainer ex) {
        if (r.maanedsloen() != null) {
            BigDecimal monthly = nonNegative(r.maanedsloen(), "maanedsloen", null);
            ex.step("maanedsloen", monthly, () -> "Løn fra arbejdsgiveren inkl. pension, som oplyst: "
                    + Kroner.format(monthly) + " pr. måned.")
                .law(LegalReference.of(Law.LAB, "122"), Hjemmel.bek("1", 1))
                .input("maanedsloen", monthly);
            return new EmployerWage(monthly, null);
        }
        BigDecimal hourly = require(r.timeloen(), "timeloen", "angiv timeløn (--timeloen) eller månedsløn (--maanedsloen)");
        nonNegative(hourly, "timeloen", null);
        BigDecimal hours = require(r.timer(), "timer", "angiv timer pr. uge (--timer)");
        ParameterValue fullTime = rates.forMonth("faelles.fuldtid_timer_pr_uge", month);
        if (hours.compareTo(fullTime.vaerdi()) > 0) {
            throw new InvalidInputException("timer", "timer pr. uge kan højst være " + Kroner.plain(fullTime.vaerdi())
                + " (fuld tid)");
        }
        Arbejdsevne evne = new Arbejdsevne(hours, r.intensitet() == null ? BigDecimal.ONE : r.intensitet());
        BigDecimal effective = evne.effektiveTimer();
        ex.step("effektiveTimer", effective, () -> Kroner.plain(hours) + " timer om ugen med en arbejdsintensitet på "
                + evne.intensitetProcent() + " pct. = " + Kroner.plain(effective)
                + " effektive timer, som arbejdsgiveren betaler løn for.")
            .unit("timer pr. uge")
            .law(LegalReference.of(Law.LAB, "122"), LegalReference.text(Law.VEJ_FLEKSJOB, "Vejledning om fleksjob: arbejdsevne = timer × intensitet"))
            .input("timer", hours).input("intensitet", evne.intensitet());
        BigDecimal monthly = Maanedsloen.fromHourly(hourly, effective);
        ex.step("maanedsloen", monthly, () -> "Månedsløn fra arbejdsgiveren: " + Kroner.plain(effective) + " timer × "
                + Kroner.format(hourly) + " pr. time × 52 uger / 12 måneder = " + Kroner.format(monthly)
                + " (afrundet til hele kroner som i STAR's beregner).")
            .law(LegalReference.of(Law.LAB, "122"), LegalReference.text(Law.STAR, "STAR: Beregn løn i fleksjob"))
            .input("timeloen", hourly);
        return new EmployerWage(monthly, effective);
    }

    private static BigDecimal loenloft(FleksloentilskudRequest r, YearMonth month, Rates rates, Explainer ex) {
        if (r.fuldtidsloen() != null) {
            BigDecimal given = nonNegative(r.fuldtidsloen(), "fuldtidsloen", null);
            ex.step("fuldtidsloen", given, () -> "Lønloftet er lønnen for fuld tid i stillingen, som oplyst: "
                    + Kroner.format(given) + " pr. måned.")
                .law(Hjemmel.fleksloentilskud(month.atEndOfMonth(), 3), Hjemmel.bek("12", 1))
                .input("fuldtidsloen", given);
            return given;
        }
        BigDecimal hourly = require(r.timeloen(), "fuldtidsloen",
            "angiv lønnen for fuld tid (--fuldtidsloen) eller en timeløn (--timeloen), så den kan beregnes");
        ParameterValue fullTime = rates.forMonth("faelles.fuldtid_timer_pr_uge", month);
        BigDecimal loft = Maanedsloen.fromHourly(hourly, fullTime.vaerdi());
        ex.step("fuldtidsloen", loft, () -> "Lønloftet er lønnen for fuld tid i stillingen: "
                + Kroner.plain(fullTime.vaerdi()) + " timer × " + Kroner.format(hourly)
                + " pr. time × 52 uger / 12 måneder = " + Kroner.format(loft) + ".")
            .law(Hjemmel.fleksloentilskud(month.atEndOfMonth(), 3), Hjemmel.bek("13", 2))
            .param(fullTime)
            .flag(Flag.skalAfklares("Lønloftet er her beregnet af timelønnen. Det er arbejdsgiveren, der oplyser "
                + "lønnen for fuld tid i samme stilling inkl. pension og alle tillæg; kommunen må kun selv beregne den, "
                + "når arbejdsgiveren ikke kan.", Hjemmel.bek("12", 1)));
        return loft;
    }

    private static YearMonth requireMonth(YearMonth month) {
        if (month == null) {
            throw new InvalidInputException("maaned", "angiv måneden tilskuddet er for (ÅÅÅÅ-MM)");
        }
        if (month.isBefore(FIRST_MONTH)) {
            throw new InvalidInputException("maaned", "fleksløntilskud findes fra januar 2013; fleksjob fra før 2013 "
                + "følger den gamle ordning");
        }
        return month;
    }

    private static BigDecimal require(BigDecimal value, String field, String message) {
        if (value == null) {
            throw new InvalidInputException(field, message);
        }
        return value;
    }

    private static BigDecimal nonNegative(BigDecimal value, String field, BigDecimal fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "beløbet kan ikke være negativt");
        }
        return value;
    }
}
