package dk.fleksjob.rules.ferie;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Ferie i fleksjob — holiday for a fleksjob employee who works fewer than 5 days a week.
 *
 * <p>Legal basis: Vejledning om fleksjob (VEJ nr. 9345 af 7/4/2017) pkt. 7.4, on ferieloven: holiday is taken as
 * whole weeks of 5 holiday days, so »i én uges ferie [indgår] 3 arbejdsdage og 2 arbejdsfrie dage« for a person
 * working 3 days a week; »3 enkelte feriedage [vil] udgøre 1 uges ferie«; and »i de 5 ugers ferie 3 x 5 = 15
 * feriedage, som skal lægges på arbejdsdage, og 2 x 5 = 10 feriedage, som skal lægges på arbejdsfrie dage«. A single
 * working day taken off therefore uses that day and the days off that follow it until the next working day
 * (Middelfart Kommune: a Monday off for a person working Monday and Wednesday »vil tælle som 2 dage«).
 */
public final class Ferie {

    private Ferie() {
    }

    public static FerieResult calculate(FerieRequest request) {
        return calculate(request, Rates.withOverrides(request.parametre()), true);
    }

    public static FerieResult calculate(FerieRequest r, Rates rates, boolean explain) {
        Set<DayOfWeek> workdays = requireWorkdays(r.arbejdsdage());
        LocalDate rulesDate = r.feriedage().isEmpty()
            ? rates.catalog().get("ferie.feriedage_pr_uge").daekketTil() : r.feriedage().get(0);
        ParameterValue perWeek = rates.at("ferie.feriedage_pr_uge", rulesDate);
        ParameterValue perYear = rates.at("ferie.feriedage_pr_aar", rulesDate);
        int week = perWeek.vaerdi().intValueExact();
        int weeks = perYear.vaerdi().intValueExact() / week;
        int n = workdays.size();
        Explainer ex = Explainer.of(explain, "Ferie i fleksjob med " + n + " arbejdsdage om ugen");

        ex.step("ugePaaArbejdsdage", java.math.BigDecimal.valueOf(n), () -> "Du arbejder " + n + " dage om ugen ("
                + names(workdays) + "). En uges ferie er " + week + " feriedage: " + n + " arbejdsdage og " + (week - n)
                + " arbejdsfrie dage.")
            .unit("dage")
            .law(vejledning())
            .param(perWeek);
        ex.step("aarPaaArbejdsdage", java.math.BigDecimal.valueOf((long) n * weeks), () -> "Årets "
                + perYear.vaerdi() + " feriedage er " + weeks + " ugers ferie: " + n + " × " + weeks + " = " + n * weeks
                + " feriedage lægges på arbejdsdage og " + (week - n) + " × " + weeks + " = " + (week - n) * weeks
                + " på arbejdsfrie dage.")
            .unit("dage")
            .law(vejledning(), LegalReference.of(Law.BEK_FLT, "10", 1))
            .param(perYear);
        ex.step("enkeltdageTilEnUge", java.math.BigDecimal.valueOf(n), () -> "Holder du ferie på enkelte dage, udgør "
                + n + " enkelte feriedage på arbejdsdage én uges ferie, fordi de arbejdsfrie dage efter hver arbejdsdag "
                + "regnes med.")
            .unit("dage")
            .law(vejledning());

        List<FerieResult.Feriedag> days = new ArrayList<>();
        int used = 0;
        for (LocalDate d : r.feriedage()) {
            FerieResult.Feriedag day = holidayDay(d, workdays);
            days.add(day);
            used += day.brugteDage();
            var step = ex.step("feriedag", java.math.BigDecimal.valueOf(day.brugteDage()), () -> "Ferie "
                    + weekday(d.getDayOfWeek()) + " " + DanishDates.format(d) + " bruger " + day.brugteDage()
                    + (day.brugteDage() == 1 ? " feriedag" : " feriedage") + ": "
                    + day.omfatter().stream().map(x -> weekday(x.getDayOfWeek())).collect(Collectors.joining(", ")) + ".")
                .unit("dage")
                .law(vejledning())
                .input("feriedag", d);
            if (day.omfatter().get(0).isBefore(d)) {
                // The guidance gives the week's totals (n working days + 5 − n days off) and Middelfart the days off
                // after a working day; which day carries the days off before the week's first working day is ours.
                step.flag(Flag.uafklaret("De arbejdsfrie dage før ugens første arbejdsdag er her regnet med til den "
                    + "dag, så en hel uges ferie bliver 5 feriedage. Vejledningen angiver kun ugens samlede antal.",
                    vejledning()));
            }
        }
        int total = used;
        if (!days.isEmpty()) {
            ex.step("brugteFeriedage", java.math.BigDecimal.valueOf(total), () -> "I alt bruger de ønskede dage " + total
                    + " af årets " + perYear.vaerdi() + " feriedage.")
                .unit("dage")
                .law(vejledning());
        }
        return new FerieResult(n, n, week - n, n * weeks, (week - n) * weeks, n, List.copyOf(days), total,
            RulesVersion.current(), ex.build());
    }

    /** The working day and the days off after it, up to the next working day or the end of the week (Friday). */
    static FerieResult.Feriedag holidayDay(LocalDate date, Set<DayOfWeek> workdays) {
        if (!workdays.contains(date.getDayOfWeek())) {
            throw new InvalidInputException("feriedage", DanishDates.format(date) + " er ikke en af dine arbejdsdage");
        }
        List<LocalDate> covered = new ArrayList<>();
        covered.add(date);
        for (LocalDate d = date.plusDays(1); d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()
            && d.getDayOfWeek() != DayOfWeek.MONDAY && !workdays.contains(d.getDayOfWeek()); d = d.plusDays(1)) {
            covered.add(d);
        }
        // Days off before the first working day of the week belong to the week's first holiday day.
        if (date.getDayOfWeek() == first(workdays)) {
            for (LocalDate d = date.minusDays(1); d.getDayOfWeek().getValue() >= DayOfWeek.MONDAY.getValue()
                && d.getDayOfWeek().getValue() < date.getDayOfWeek().getValue(); d = d.minusDays(1)) {
                covered.add(0, d);
            }
        }
        return new FerieResult.Feriedag(date, covered.size(), List.copyOf(covered));
    }

    private static DayOfWeek first(Set<DayOfWeek> workdays) {
        return new TreeSet<>(workdays).first();
    }

    private static Set<DayOfWeek> requireWorkdays(Set<DayOfWeek> workdays) {
        if (workdays.isEmpty()) {
            throw new InvalidInputException("arbejdsdage", "angiv de ugedage, du arbejder (mandag-fredag)");
        }
        for (DayOfWeek d : workdays) {
            if (d.getValue() > DayOfWeek.FRIDAY.getValue()) {
                throw new InvalidInputException("arbejdsdage", "ferie regnes på hverdage; angiv arbejdsdage mandag-fredag");
            }
        }
        return workdays;
    }

    private static LegalReference vejledning() {
        return LegalReference.text(Law.VEJ_FLEKSJOB, "Vejledning om fleksjob pkt. 7.4 (ferie)");
    }

    private static String names(Set<DayOfWeek> days) {
        return new TreeSet<>(days).stream().map(Ferie::weekday).collect(Collectors.joining(", "));
    }

    static String weekday(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> "mandag";
            case TUESDAY -> "tirsdag";
            case WEDNESDAY -> "onsdag";
            case THURSDAY -> "torsdag";
            case FRIDAY -> "fredag";
            case SATURDAY -> "lørdag";
            case SUNDAY -> "søndag";
        };
    }

    /** Parses "man,ons,fre" or "mandag,onsdag" (CLI and API input). */
    public static Set<DayOfWeek> parseWorkdays(String text) {
        Set<DayOfWeek> out = new TreeSet<>();
        for (String part : text.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            DayOfWeek d = switch (p.length() >= 3 ? p.substring(0, 3) : p) {
                case "man" -> DayOfWeek.MONDAY;
                case "tir" -> DayOfWeek.TUESDAY;
                case "ons" -> DayOfWeek.WEDNESDAY;
                case "tor" -> DayOfWeek.THURSDAY;
                case "fre" -> DayOfWeek.FRIDAY;
                default -> throw new InvalidInputException("arbejdsdage", "'" + part.strip()
                    + "' er ikke en hverdag (man, tir, ons, tor, fre)");
            };
            out.add(d);
        }
        return out;
    }
}
