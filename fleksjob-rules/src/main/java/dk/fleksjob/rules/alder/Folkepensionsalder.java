package dk.fleksjob.rules.alder;

import dk.fleksjob.rules.explain.Flag;
import java.time.LocalDate;

/**
 * Folkepensionsalder — the state pension age by birth date, and the day a person reaches it.
 *
 * <p>Legal basis: lov om social pension § 1 a, stk. 1 (LBK nr. 527 af 25/4/2022): »Folkepensionsalderen er: 1) 65
 * år for personer, der er født før den 1. januar 1954. … 7) 69 år for personer, der er født efter den 31. december
 * 1966.« As amended by L 149 (2024-25), passed in May 2025 and in force 31 December 2025: 70 years for persons born
 * 1 January 1971 or later. The rows live in {@code tables/alder/folkepensionsalder.yaml} with their sources.
 *
 * <p>Fleksjob ends at this age (LAB § 116, stk. 1), and folkepension can be paid from the 1st of the following
 * month.
 */
public final class Folkepensionsalder {

    static final String NAVN = "folkepensionsalderen";
    private static final AldersTabel TABLE = AldersTabel.load("folkepensionsalder");

    private Folkepensionsalder() {
    }

    /** The folkepensionsalder for the birth date and the day it is reached. */
    public static Aldersgraense forBirthDate(LocalDate birth) {
        AldersTabel.Row row = TABLE.rowFor(birth);
        int months = row.aar() * 12 + row.maaneder();
        LocalDate reached = AgeDates.reached(birth, months);
        Flag flag = AgeDates.movedDayFlag(birth, reached, NAVN, row.hjemmel());
        return new Aldersgraense(NAVN, birth, row.aar(), row.maaneder(), reached, row.foedtFra(), row.foedtTil(),
            row.hjemmel(), row.proveniens(), row.kilde(), row.note(), flag);
    }

    /** The table's text of law, for explanations. */
    public static String hjemmelTekst() {
        return TABLE.hjemmelTekst();
    }
}
