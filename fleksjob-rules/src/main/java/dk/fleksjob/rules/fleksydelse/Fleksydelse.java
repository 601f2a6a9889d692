package dk.fleksjob.rules.fleksydelse;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.alder.Aldersgraense;
import dk.fleksjob.rules.alder.Fleksydelsesalder;
import dk.fleksjob.rules.alder.Folkepensionsalder;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Fleksydelse — the early-retirement benefit for persons visiteret to fleksjob, from the fleksydelsesalder until the
 * folkepensionsalder.
 *
 * <p>Legal basis: lov om fleksydelse (LBK nr. 1083 af 21/8/2025) and bekendtgørelse om fleksydelse (BEK nr. 1187 af
 * 5/8/2020). § 17, stk. 9: »Fleksydelse udbetales, efter at der er foretaget fradrag for pensionsordninger, jf. § 18,
 * og fradrag på grund af erhvervsarbejde, jf. § 20.« The order is therefore: the yearly amount (§ 17, stk. 1-3,
 * {@link Fleksydelsessats}, {@link Fleksydelsesbeloeb}), capped at the earlier income (§ 17, stk. 4-7,
 * {@link Indtaegtsloft}); minus the pension deduction (§ 18, {@link Pensionsfradrag}); rounded to an amount divisible
 * by 12 (§ 25, stk. 1) and paid as one twelfth a month; minus the month's work deduction (§ 20,
 * {@link FradragForArbejde}); nothing is paid below 100 kr. a month (§ 25, stk. 2).
 */
public final class Fleksydelse {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Fleksydelse() {
    }

    public static FleksydelseResult calculate(FleksydelseRequest request) {
        return calculate(request, true);
    }

    public static FleksydelseResult calculate(FleksydelseRequest request, boolean explain) {
        return calculate(request, Rates.withOverrides(request.parametre()), explain);
    }

    public static FleksydelseResult calculate(FleksydelseRequest r, Rates rates, boolean explain) {
        int year = requireYear(r.aar(), rates);
        LocalDate birth = requireBirth(r.foedselsdato(), year);
        Explainer ex = Explainer.of(explain, "Fleksydelse " + year);
        Ages ages = ages(birth, r.overgang(), year, ex);

        Fleksydelsessats sats = Fleksydelsessats.determine(birth, r.overgang(), year, rates, ex);
        BigDecimal base = Fleksydelsesbeloeb.yearly(year, sats, rates, ex);
        BigDecimal cap = Indtaegtsloft.cap(r.indtaegt(), r.indtaegtMaaneder(), year, r.overgang(), ex);
        BigDecimal yearly = cap == null ? base : Kroner.min(base, cap);
        if (cap != null) {
            ex.step("fleksydelseAar", yearly, () -> "Fleksydelsen før fradrag er den mindste af "
                    + Kroner.format(base) + " og indtægtsloftet " + Kroner.format(cap) + ": " + Kroner.format(yearly)
                    + " om året.")
                .law(Hjemmel.lfy("17", 4));
        }

        Pensionsfradrag.Amounts pension = Pensionsfradrag.calculate(birth, r.overgang(), year, r.livsvarigPension(),
            r.kapitalpension(), r.ratepension(), r.andreDepoter(), r.loebendeArbejdsgiverpension(), rates, ex);
        BigDecimal afterPensionExact = Kroner.max(BigDecimal.ZERO,
            yearly.subtract(pension.fradrag()).subtract(pension.loebendeFradrag()));
        BigDecimal afterPension = Fleksydelsesbeloeb.toNearestTwelve(afterPensionExact);
        BigDecimal monthly = afterPension.divide(TWELVE).setScale(2);
        ex.step("fleksydelseMaaned", monthly, () -> "Fleksydelse efter fradrag for pension: " + Kroner.format(yearly)
                + " − " + Kroner.format(pension.fradrag().add(pension.loebendeFradrag())) + " = "
                + Kroner.format(Kroner.toOere(afterPensionExact)) + ", afrundet til nærmeste beløb, der kan deles med "
                + "12 = " + Kroner.format(afterPension) + " om året, eller " + Kroner.format(monthly)
                + " om måneden før fradrag for arbejde.")
            .law(Hjemmel.lfy("17", 9), Hjemmel.lfy("25", 1), Hjemmel.bek("29", null));

        FradragForArbejde.Amounts work = FradragForArbejde.calculate(monthly, r.timer(), r.timeloen(),
            r.tidligereArbejdsindtaegt(), ages.quartersWithout(), year, rates, ex);
        BigDecimal payout = payout(monthly, work, year, rates, ex);

        return new FleksydelseResult(year, sats.procent(), base, cap, yearly, pension.beregnetYdelse(),
            pension.bundfradrag(), pension.fradrag(), pension.loebendeFradrag(), afterPension, monthly, work.hours(),
            work.deduction(), payout, RulesVersion.current(), ex.build());
    }

    private static BigDecimal payout(BigDecimal monthly, FradragForArbejde.Amounts work, int year, Rates rates,
                                     Explainer ex) {
        if (work.overMaxHours()) {
            return Kroner.ZERO;
        }
        BigDecimal computed = Kroner.max(BigDecimal.ZERO, monthly.subtract(work.deduction()));
        ParameterValue minimum = rates.forMonth("fleksydelse.mindste_udbetaling", YearMonth.of(year, 1));
        if (computed.compareTo(minimum.vaerdi()) < 0) {
            ex.step("udbetalingMaaned", Kroner.ZERO, () -> "Den beregnede fleksydelse for måneden er "
                    + Kroner.format(computed) + ". Under " + Kroner.format(minimum.vaerdi())
                    + " om måneden udbetales der ikke fleksydelse.")
                .law(Hjemmel.lfy("25", 2)).param(minimum);
            return Kroner.ZERO;
        }
        ex.step("udbetalingMaaned", computed, () -> "Fleksydelse for måneden: " + Kroner.format(monthly) + " − "
                + Kroner.format(work.deduction()) + " = " + Kroner.format(computed) + " før skat.")
            .law(Hjemmel.lfy("17", 9), Hjemmel.lfy("20", 2));
        return computed;
    }

    /** The fleksydelsesalder and folkepensionsalder and how many whole quarters of the year have no fleksydelse. */
    private record Ages(Aldersgraense fleksydelsesalder, Aldersgraense folkepension, int quartersWithout) {
    }

    private static Ages ages(LocalDate birth, LocalDate overgang, int year, Explainer ex) {
        Aldersgraense start = Fleksydelsesalder.forBirthDate(birth);
        Aldersgraense end = Folkepensionsalder.forBirthDate(birth);
        // LFY § 22, stk. 2: the right ends »senest ved udgangen af den måned, hvor personen når folkepensionsalderen«.
        LocalDate lastDay = YearMonth.from(end.dato()).atEndOfMonth();
        if (overgang != null) {
            if (overgang.isBefore(start.dato())) {
                throw new InvalidInputException("overgang", "du kan tidligst gå på fleksydelse, når du når "
                    + "fleksydelsesalderen (" + start.tekst() + ", " + DanishDates.format(start.dato()) + ")");
            }
            if (overgang.isAfter(lastDay)) {
                throw new InvalidInputException("overgang", "fleksydelsen ophører senest " + DanishDates.format(lastDay)
                    + ", ved udgangen af den måned, du når folkepensionsalderen");
            }
            if (overgang.getYear() > year) {
                throw new InvalidInputException("aar", "året " + year + " ligger før din overgang til fleksydelse ("
                    + DanishDates.format(overgang) + ")");
            }
        }
        LocalDate from = overgang != null ? overgang : start.dato();
        var step = ex.step("alder", null, () -> "Du er født " + DanishDates.format(birth) + ". Din fleksydelsesalder er "
                + start.tekst() + ", som du når " + DanishDates.format(start.dato()) + ", og din folkepensionsalder er "
                + end.tekst() + ", som du når " + DanishDates.format(end.dato()) + ". Fleksydelsen kan udbetales fra "
                + "fleksydelsesalderen og ophører ved udgangen af den måned, du når folkepensionsalderen ("
                + DanishDates.format(lastDay) + ").")
            .law(start.hjemmel(), end.hjemmel(), Hjemmel.lfy("22", 2)).input("foedselsdato", birth);
        if (start.flag() != null) {
            step.flag(start.flag());
        }
        if (from.getYear() > year || lastDay.getYear() < year) {
            step.flag(Flag.skalAfklares("I " + year + " kan du ikke få fleksydelse efter din alder (fra "
                + DanishDates.format(from) + " til " + DanishDates.format(lastDay) + "). Beløbene nedenfor viser "
                + "satserne for " + year + ".", Hjemmel.lfy("2", 1)));
        }
        int without = 0;
        for (int q = 0; q < 4; q++) {
            LocalDate qStart = LocalDate.of(year, q * 3 + 1, 1);
            LocalDate qEnd = YearMonth.of(year, q * 3 + 3).atEndOfMonth();
            boolean beforeStart = overgang != null && qEnd.isBefore(overgang);
            boolean afterEnd = qStart.isAfter(lastDay);
            if (beforeStart || afterEnd) {
                without++;
            }
        }
        return new Ages(start, end, Math.min(without, 4));
    }

    private static int requireYear(Integer year, Rates rates) {
        if (year == null) {
            throw new InvalidInputException("aar", "angiv året (--aar)");
        }
        int first = 2013;
        int last = rates.catalog().get("sygedagpenge.hoejeste_ugebeloeb").daekketTil().getYear();
        if (year < first || year > last) {
            throw new InvalidInputException("aar", "satserne dækker " + first + "-" + last);
        }
        return year;
    }

    private static LocalDate requireBirth(LocalDate birth, int year) {
        if (birth == null) {
            throw new InvalidInputException("foedselsdato", "angiv fødselsdatoen (--foedselsdato ÅÅÅÅ-MM-DD)");
        }
        if (birth.getYear() > year || birth.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new InvalidInputException("foedselsdato", "fødselsdatoen passer ikke med året " + year);
        }
        return birth;
    }
}
