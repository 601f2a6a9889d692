package dk.fleksjob.rules.fleksydelse;

import dk.fleksjob.rules.alder.Aldersgraense;
import dk.fleksjob.rules.alder.Folkepensionsalder;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fleksydelsessats — whether a person gets fleksydelse with 100 pct. or 91 pct. of the sygedagpenge maximum.
 *
 * <p>LFY § 17 (LBK nr. 1083/2025), stk. 1: 100 pct. Stk. 2: »En person, der er født før den 1. januar 1956, kan få
 * fleksydelse med et beløb, der svarer til 91 pct. …« Stk. 3: »En person, der er født i perioden fra den 1. januar
 * 1956 til og med den 30. juni 1959, kan få fleksydelse med … 91 pct. … Fleksydelse kan dog udbetales efter stk. 1,
 * hvis personen udskyder overgangen til fleksydelse til højst 3 år før folkepensionsalderen.«
 *
 * <p>»Højst 3 år før« is read literally: the day of overgang must be on or after the day the person reaches the
 * folkepensionsalder minus 3 years (for these cohorts the 64th birthday, folkepensionsalder 67 år).
 *
 * @param procent    100 or 91
 * @param parameter  the 91 pct. parameter when it applies, else null
 */
record Fleksydelsessats(BigDecimal procent, ParameterValue parameter) {

    static final LocalDate COHORT_1956 = LocalDate.of(1956, 1, 1);
    static final LocalDate AFTER_COHORT_1959 = LocalDate.of(1959, 7, 1);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static Fleksydelsessats determine(LocalDate birth, LocalDate overgang, int year, Rates rates, Explainer ex) {
        ParameterValue reduced = rates.at("fleksydelse.nedsat_procent", LocalDate.of(year, 12, 31));
        if (birth.isBefore(COHORT_1956)) {
            ex.step("procent", reduced.vaerdi(), () -> "Du er født før 1. januar 1956 og får derfor fleksydelse med "
                    + pct(reduced.vaerdi()) + " pct. af sygedagpengenes højeste beløb.")
                .unit("pct.").law(Hjemmel.lfy("17", 2)).param(reduced).input("foedselsdato", birth);
            return new Fleksydelsessats(reduced.vaerdi(), reduced);
        }
        if (!birth.isBefore(AFTER_COHORT_1959)) {
            ex.step("procent", HUNDRED, () -> "Du er født efter 30. juni 1959 og får derfor fleksydelse med 100 pct. "
                    + "af sygedagpengenes højeste beløb.")
                .unit("pct.").law(Hjemmel.lfy("17", 1)).input("foedselsdato", birth);
            return new Fleksydelsessats(HUNDRED, null);
        }
        Aldersgraense folkepension = Folkepensionsalder.forBirthDate(birth);
        LocalDate earliestFull = folkepension.dato().minusYears(3);
        if (overgang == null) {
            ex.step("procent", reduced.vaerdi(), () -> "Du er født mellem 1. januar 1956 og 30. juni 1959. Du får "
                    + pct(reduced.vaerdi()) + " pct., medmindre du udskyder overgangen til fleksydelse til højst 3 år "
                    + "før folkepensionsalderen (" + folkepension.tekst() + ", som du når "
                    + DanishDates.format(folkepension.dato()) + "). Går du på fleksydelse "
                    + DanishDates.format(earliestFull) + " eller senere, får du 100 pct.")
                .unit("pct.").law(Hjemmel.lfy("17", 3)).param(reduced).input("foedselsdato", birth)
                .flag(Flag.skalAfklares("Du har ikke oplyst, hvornår du går på fleksydelse. Vi regner med "
                    + pct(reduced.vaerdi()) + " pct.; går du på fleksydelse " + DanishDates.format(earliestFull)
                    + " eller senere, er satsen 100 pct. Angiv datoen med --overgang.", Hjemmel.lfy("17", 3)));
            return new Fleksydelsessats(reduced.vaerdi(), reduced);
        }
        if (!overgang.isBefore(earliestFull)) {
            ex.step("procent", HUNDRED, () -> "Du er født mellem 1. januar 1956 og 30. juni 1959 og går på fleksydelse "
                    + DanishDates.format(overgang) + ". Det er højst 3 år før folkepensionsalderen ("
                    + folkepension.tekst() + ", som du når " + DanishDates.format(folkepension.dato())
                    + "), så du får 100 pct.")
                .unit("pct.").law(Hjemmel.lfy("17", 3), folkepension.hjemmel()).input("foedselsdato", birth)
                .input("overgang", overgang);
            return new Fleksydelsessats(HUNDRED, null);
        }
        ex.step("procent", reduced.vaerdi(), () -> "Du er født mellem 1. januar 1956 og 30. juni 1959 og går på "
                + "fleksydelse " + DanishDates.format(overgang) + ". Det er mere end 3 år før folkepensionsalderen ("
                + folkepension.tekst() + ", som du når " + DanishDates.format(folkepension.dato()) + "), så du får "
                + pct(reduced.vaerdi()) + " pct. Ville du vente til " + DanishDates.format(earliestFull)
                + ", ville du få 100 pct.")
            .unit("pct.").law(Hjemmel.lfy("17", 3), folkepension.hjemmel()).param(reduced)
            .input("foedselsdato", birth).input("overgang", overgang);
        return new Fleksydelsessats(reduced.vaerdi(), reduced);
    }

    private static String pct(BigDecimal p) {
        return dk.fleksjob.rules.money.Kroner.plain(p);
    }
}
