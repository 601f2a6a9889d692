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
import java.time.LocalDate;
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
     * and bulk runs. Each step is recorded as it is computed; with the explainer off no sentence is built.
     */
    public static Amounts subsidy(FleksloentilskudSatser s, BigDecimal wage, BigDecimal otherWage, BigDecimal loenloft,
                                  Explainer ex) {
        boolean explain = ex.enabled();
        BigDecimal income = wage.add(otherWage);
        if (explain) {
            explainIncome(s, wage, otherWage, income, ex);
        }

        BigDecimal knaek = s.knaek().vaerdi();
        BigDecimal below = Kroner.min(income, knaek);
        BigDecimal fradrag30 = s.underKnaek().multiply(below);
        if (explain) {
            explainFradrag30(s, below, fradrag30, ex);
        }

        BigDecimal above = Kroner.max(BigDecimal.ZERO, income.subtract(knaek));
        BigDecimal fradrag55 = s.overKnaek().multiply(above);
        if (explain) {
            explainFradrag55(s, above, fradrag55, ex);
        }

        BigDecimal beforeCap = Kroner.max(BigDecimal.ZERO, s.maksimaltTilskud().subtract(fradrag30).subtract(fradrag55));
        if (explain) {
            ex.step("tilskudFoerLoenloft", beforeCap, () -> "Tilskud efter fradrag for løn: "
                    + Kroner.format(s.maksimaltTilskud()) + " − " + Kroner.format(Kroner.toOere(fradrag30)) + " − "
                    + Kroner.format(Kroner.toOere(fradrag55)) + " = " + Kroner.format(Kroner.toOere(beforeCap))
                    + (beforeCap.signum() == 0 ? " (tilskuddet kan ikke blive negativt)." : "."))
                .law(Hjemmel.fleksloentilskud(s.dag(), 2));
        }

        // LAB § 123, stk. 3: wage and subsidy together may not exceed the lønloft; the excess is cut.
        BigDecimal excess = Kroner.max(BigDecimal.ZERO, beforeCap.add(income).subtract(loenloft));
        BigDecimal loenloftFradrag = Kroner.min(excess, beforeCap);
        if (explain) {
            explainLoenloft(s, income, beforeCap, loenloft, loenloftFradrag, ex);
        }

        BigDecimal tilskud = Kroner.toWholeKroner(beforeCap.subtract(loenloftFradrag));
        if (explain) {
            ex.step("fleksloentilskud", tilskud, () -> "Fleksløntilskuddet for " + DanishDates.format(s.maaned()) + ": "
                    + Kroner.format(Kroner.toOere(beforeCap)) + " − " + Kroner.format(Kroner.toOere(loenloftFradrag))
                    + ", afrundet til nærmeste hele krone = " + Kroner.format(tilskud) + ".")
                .law(Hjemmel.BEK_MAKSIMUM);
        }

        BigDecimal atp = Kroner.min(Kroner.toWholeKroner(s.atp().multiply(tilskud)), s.atpLoft());
        if (explain) {
            ex.step("atpBidrag", atp, () -> "Dit ATP-bidrag: " + Kroner.plain(s.atpProcent().vaerdi()) + " pct. af "
                    + Kroner.format(tilskud) + ", højst " + Kroner.format(s.atpLoft()) + " = " + Kroner.format(atp)
                    + ". Kommunen trækker det i tilskuddet og betaler det til ATP; udbetalt tilskud "
                    + Kroner.format(tilskud.subtract(atp)) + ".")
                .law(Hjemmel.atp(s.dag()), Hjemmel.ATP_ROUNDING)
                .param(s.atpProcent(), s.atpMaksimum());
            ex.step("samletIndkomst", income.add(tilskud), () -> "Samlet indkomst før skat inkl. pension og ATP: "
                    + Kroner.format(Kroner.toOere(income)) + " i løn + " + Kroner.format(tilskud)
                    + " i fleksløntilskud = " + Kroner.format(Kroner.toOere(income.add(tilskud))) + ".")
                .law(Hjemmel.fleksloentilskud(s.dag(), 1));
        }
        return new Amounts(income, fradrag30, fradrag55, beforeCap, loenloftFradrag, tilskud, atp);
    }

    private static void explainIncome(FleksloentilskudSatser s, BigDecimal wage, BigDecimal otherWage,
                                      BigDecimal income, Explainer ex) {
        ex.step("samletLoenindtaegt", income, () -> "Lønindtægten i " + DanishDates.format(s.loenmaaned())
                + " inkl. pensionsbidrag: løn fra fleksjobbet " + Kroner.format(wage)
                + (otherWage.signum() == 0 ? "" : " og anden løn " + Kroner.format(otherWage)) + " = "
                + Kroner.format(income) + ". Tilskuddet for " + DanishDates.format(s.maaned())
                + " nedsættes for lønnen i måneden før.")
            .law(Hjemmel.fleksloentilskud(s.dag(), 2), Hjemmel.BEK_LOENINDTAEGT, Hjemmel.BEK_BAGUD);
    }

    private static void explainFradrag30(FleksloentilskudSatser s, BigDecimal below, BigDecimal fradrag30,
                                         Explainer ex) {
        var step = ex.step("fradrag30", fradrag30, () -> Kroner.plain(s.procentUnderKnaek().vaerdi())
                + " pct. af lønindtægten op til knækket på " + Kroner.format(s.knaek().vaerdi()) + ": "
                + Kroner.plain(s.procentUnderKnaek().vaerdi()) + " pct. af " + Kroner.format(below) + " = "
                + Kroner.format(Kroner.toOere(fradrag30)) + ".")
            .law(Hjemmel.fleksloentilskud(s.dag(), 2), Hjemmel.BEK_NEDSAETTELSE)
            .param(s.procentUnderKnaek(), s.knaek());
        if (s.loenmaaned().getYear() != s.maaned().getYear()) {
            // BEK nr. 227/2024 § 15, stk. 2 ties the regulated amounts to the wage income's date; no source says so
            // in words for the January subsidy, so the reading is shown as unsettled.
            step.flag(Flag.uafklaret("Tilskuddet for " + DanishDates.format(s.maaned()) + " nedsættes for lønnen i "
                + DanishDates.format(s.loenmaaned()) + ". Vi bruger knækket for lønmåneden ("
                + Kroner.format(s.knaek().vaerdi()) + "), fordi beløbet reguleres 1. januar for lønindtægter; "
                + "kilderne siger det ikke udtrykkeligt for januar-tilskuddet.", Hjemmel.BEK_VIRKNING));
        }
    }

    private static void explainFradrag55(FleksloentilskudSatser s, BigDecimal above, BigDecimal fradrag55,
                                         Explainer ex) {
        ex.step("fradrag55", fradrag55, () -> Kroner.plain(s.procentOverKnaek().vaerdi())
                + " pct. af lønindtægten over knækket: " + Kroner.plain(s.procentOverKnaek().vaerdi()) + " pct. af "
                + Kroner.format(above) + " = " + Kroner.format(Kroner.toOere(fradrag55)) + ".")
            .law(Hjemmel.fleksloentilskud(s.dag(), 2), Hjemmel.BEK_NEDSAETTELSE)
            .param(s.procentOverKnaek(), s.knaek());
    }

    private static void explainLoenloft(FleksloentilskudSatser s, BigDecimal income, BigDecimal beforeCap,
                                        BigDecimal loenloft, BigDecimal loenloftFradrag, Explainer ex) {
        String total = Kroner.format(Kroner.toOere(income.add(beforeCap)));
        String loft = Kroner.format(Kroner.toOere(loenloft));
        ex.step("loenloftFradrag", loenloftFradrag, () -> loenloftFradrag.signum() == 0
                ? "Lønloftet: løn og tilskud i alt " + total + " er ikke over lønnen for fuld tid på " + loft
                    + ", så tilskuddet nedsættes ikke."
                : "Lønloftet: løn og tilskud i alt " + total + " overstiger lønnen for fuld tid på " + loft
                    + ". Tilskuddet nedsættes med det overskydende beløb "
                    + Kroner.format(Kroner.toOere(loenloftFradrag)) + ".")
            .law(Hjemmel.fleksloentilskud(s.dag(), 3), Hjemmel.BEK_LOENLOFT);
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
                .law(Hjemmel.ARBEJDSGIVERLOEN, Hjemmel.BEK_LOENINDTAEGT)
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
            .law(Hjemmel.ARBEJDSGIVERLOEN, LegalReference.text(Law.VEJ_FLEKSJOB, "Vejledning om fleksjob: arbejdsevne = timer × intensitet"))
            .input("timer", hours).input("intensitet", evne.intensitet());
        BigDecimal monthly = Maanedsloen.fromHourly(hourly, effective);
        ex.step("maanedsloen", monthly, () -> "Månedsløn fra arbejdsgiveren: " + Kroner.plain(effective) + " timer × "
                + Kroner.format(hourly) + " pr. time × 52 uger / 12 måneder = " + Kroner.format(monthly)
                + " (afrundet til hele kroner som i STAR's beregner).")
            .law(Hjemmel.ARBEJDSGIVERLOEN, LegalReference.text(Law.STAR, "STAR: Beregn løn i fleksjob"))
            .input("timeloen", hourly);
        return new EmployerWage(monthly, effective);
    }

    private static BigDecimal loenloft(FleksloentilskudRequest r, YearMonth month, Rates rates, Explainer ex) {
        if (r.fuldtidsloen() != null) {
            BigDecimal given = nonNegative(r.fuldtidsloen(), "fuldtidsloen", null);
            ex.step("fuldtidsloen", given, () -> "Lønloftet er lønnen for fuld tid i stillingen, som oplyst: "
                    + Kroner.format(given) + " pr. måned.")
                .law(Hjemmel.fleksloentilskud(month.atEndOfMonth(), 3), Hjemmel.BEK_LOENLOFT_OPLYSES)
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
            .law(Hjemmel.fleksloentilskud(month.atEndOfMonth(), 3), Hjemmel.BEK_LOENLOFT_BEREGNES)
            .param(fullTime)
            .flag(Flag.skalAfklares("Lønloftet er her beregnet af timelønnen. Det er arbejdsgiveren, der oplyser "
                + "lønnen for fuld tid i samme stilling inkl. pension og alle tillæg; kommunen må kun selv beregne den, "
                + "når arbejdsgiveren ikke kan.", Hjemmel.BEK_LOENLOFT_OPLYSES));
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
