package dk.fleksjob.rules.fleksloentilskud.maaned;

import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;

/**
 * ATP-bidrag for tilskudstimer — the ATP contribution the kommune pays (and the state refunds) for the hours the
 * subsidy covers: 37 hours a week minus the reported løntimer, at 2/3 of the ordinary contribution; the full
 * contribution when løntimer are under 9 a week (weekly or 14-day pay) or 39 a month (monthly pay).
 *
 * <p>Legal basis: LAB § 138; BEK om indbetaling af ATP-bidrag for modtagere af fleksløntilskud § 1, stk. 2, nr. 2, and
 * stk. 3 (»Er antallet af løntimer … mindre end 9 timer om ugen for uge- eller 14-dages lønnede eller 39 timer om
 * måneden for månedslønnede, indbetales et ATP-bidrag, der svarer til det bidrag, der er fastsat efter § 15, stk. 1,
 * i lov om Arbejdsmarkedets Tillægspension«), § 3, stk. 1 (rounded to whole kroner), stk. 2 (»forskellen mellem 37
 * timer om ugen og antallet af løntimer«) and stk. 3 (during sickness: the hours of the last full period).
 */
final class AtpForTilskudstimer {

    private static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private AtpForTilskudstimer() {
    }

    static BigDecimal calculate(MaanedInput input, Lines lines, BigDecimal subsidy, YearMonth month, Rates rates,
                                Explainer ex) {
        if (subsidy.signum() == 0) {
            ex.step("atpTilskudstimer", Kroner.ZERO, () -> "Der er intet fleksløntilskud, så kommunen betaler ikke "
                    + "ATP-bidrag for tilskudstimer.")
                .law(Hjemler.lab138(month), Hjemler.atp("1", 1));
            return Kroner.ZERO;
        }
        BigDecimal hours;
        boolean fromLastPeriod = false;
        if (lines.sygdom && input.atpTimer() != null) {
            hours = Maanedsberegning.nonNegative(input.atpTimer(), "atpTimer");
            fromLastPeriod = true;
        } else if (!lines.loentimerKendt || (lines.sygdom && lines.loentimer.signum() == 0)) {
            ex.step("atpTilskudstimer", null, () -> "Statens ATP-bidrag for tilskudstimerne kan ikke beregnes, "
                    + "fordi løntimerne ikke er oplyst" + (lines.sygdom ? " (under sygdom bruges timerne fra den "
                    + "sidste hele lønperiode, felt atpTimer)" : " (felt timer på lønlinjen)") + ".")
                .law(Hjemler.lab138(month), Hjemler.atp("3", lines.sygdom ? 3 : 2))
                .flag(Flag.skalAfklares("Løntimerne fra eIndkomst skal bruges til ATP-bidraget for tilskudstimerne.",
                    Hjemler.atp("3", 2)));
            return null;
        } else {
            hours = lines.loentimer;
        }
        boolean sickWithoutLastPeriod = lines.sygdom && !fromLastPeriod;
        ParameterValue weekly = rates.forMonth("faelles.fuldtid_timer_pr_uge", month);
        BigDecimal fullMonth = weekly.vaerdi().multiply(WEEKS_PER_YEAR).divide(MONTHS_PER_YEAR, MathContext.DECIMAL64);
        boolean monthly = input.loenperiode() == Loenperiode.MAANED;
        ParameterValue limit = rates.forMonth(monthly ? "fleksloentilskud.atp_minimum_timer_maaned"
            : "fleksloentilskud.atp_minimum_timer_uge", month);
        BigDecimal compared = monthly ? hours
            : hours.multiply(MONTHS_PER_YEAR).divide(WEEKS_PER_YEAR, MathContext.DECIMAL64);
        String source = fromLastPeriod ? "løntimerne fra den sidste hele lønperiode før sygdommen" : "løntimerne";
        if (compared.compareTo(limit.vaerdi()) < 0) {
            ParameterValue full = rates.forMonth("fleksloentilskud.atp_fuldt_bidrag", month);
            BigDecimal amount = Kroner.toWholeKroner(full.vaerdi());
            var step = ex.step("atpTilskudstimer", amount, () -> "Statens ATP-bidrag: " + source + " ("
                    + Kroner.plain(Kroner.toOere(compared)) + (monthly ? " timer om måneden" : " timer om ugen i "
                    + "gennemsnit") + ") er under " + Kroner.plain(limit.vaerdi()) + ", så kommunen betaler det fulde "
                    + "ATP-bidrag på " + Kroner.format(amount) + ". Det trækkes ikke i dit tilskud.")
                .law(Hjemler.lab138(month), Hjemler.atp("1", 3))
                .param(limit, full);
            if (!monthly) {
                step.flag(weeklyFlag());
            }
            if (sickWithoutLastPeriod) {
                step.flag(sickFlag());
            }
            return amount;
        }
        ParameterValue rate = rates.forMonth("fleksloentilskud.atp_ekstra_pr_time", month);
        BigDecimal subsidised = Kroner.max(BigDecimal.ZERO, fullMonth.subtract(hours));
        BigDecimal amount = Kroner.toWholeKroner(subsidised.multiply(rate.vaerdi()));
        var step = ex.step("atpTilskudstimer", amount, () -> "Statens ATP-bidrag for tilskudstimerne i "
                + DanishDates.format(month) + ": (" + Kroner.plain(weekly.vaerdi()) + " timer × 52 / 12 = "
                + Kroner.number(fullMonth, 2) + " timer − " + source + " " + Kroner.plain(hours) + ") = "
                + Kroner.number(subsidised, 2) + " timer × " + Kroner.format(rate.vaerdi()) + " = " + Kroner.format(amount)
                + " (afrundet). Det trækkes ikke i dit tilskud.")
            .law(Hjemler.lab138(month), Hjemler.atp("1", 3), Hjemler.atp("3", fromLastPeriod ? 3 : 2))
            .param(weekly, limit, rate)
            .flag(Flag.uafklaret("Reglen siger »37 timer om ugen minus indberettede løntimer«; for en måned bruger vi "
                + "37 × 52 / 12 timer. Bekendtgørelsen angiver ikke omregningen.", Hjemler.atp("3", 2)));
        if (!monthly) {
            step.flag(weeklyFlag());
        }
        if (sickWithoutLastPeriod) {
            step.flag(sickFlag());
        }
        return amount;
    }

    private static Flag sickFlag() {
        return Flag.skalAfklares("Under sygdom beregnes bidraget af løntimerne i den sidste hele lønperiode før "
            + "sygdommen (felt atpTimer); her er månedens løntimer brugt.", Hjemler.atp("3", 3));
    }

    private static Flag weeklyFlag() {
        return Flag.uafklaret("For uge- og 14-dageslønnede sammenligner vi månedens løntimer omregnet til et "
            + "ugegennemsnit (× 12 / 52) med 9 timer; kommunen vurderer pr. lønperiode.", Hjemler.atp("1", 3));
    }
}
