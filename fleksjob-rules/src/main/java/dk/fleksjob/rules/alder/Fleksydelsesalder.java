package dk.fleksjob.rules.alder;

import dk.fleksjob.rules.explain.Flag;
import java.time.LocalDate;

/**
 * Fleksydelsesalder — the age from which a person visiteret to fleksjob can receive fleksydelse, by birth date.
 *
 * <p>Legal basis: lov om fleksydelse § 1 a (LBK nr. 1083 af 21/8/2025). Stk. 1: »Fleksydelsesalderen er 60 år.«
 * Stk. 2 raises it in half-year steps to 64 years for persons born 1 July 1959 – 31 December 1962. Stk. 3: »For
 * personer, der er født efter den 31. december 1962, er fleksydelsesalderen 3 år før folkepensionsalderen, jf. lov
 * om social pension.« So from 1963 the age follows {@link Folkepensionsalder} (65 / 66 / 67 years for the 68 / 69 /
 * 70-year folkepension cohorts). The rows live in {@code tables/alder/fleksydelsesalder.yaml}.
 */
public final class Fleksydelsesalder {

    static final String NAVN = "fleksydelsesalderen";
    private static final AldersTabel TABLE = AldersTabel.load("fleksydelsesalder");

    private Fleksydelsesalder() {
    }

    /** The fleksydelsesalder for the birth date and the day it is reached. */
    public static Aldersgraense forBirthDate(LocalDate birth) {
        AldersTabel.Row row = TABLE.rowFor(birth);
        if (row.offsetMonths() == null) {
            return build(birth, row.aar() * 12 + row.maaneder(), row, row.foedtFra(), row.foedtTil(), row.note());
        }
        // LFY § 1 a, stk. 3: a fixed distance before the folkepensionsalder; the cohort is the folkepension row's.
        Aldersgraense folkepension = Folkepensionsalder.forBirthDate(birth);
        int months = folkepension.alderIMaaneder() - row.offsetMonths();
        LocalDate from = later(row.foedtFra(), folkepension.foedtFra());
        String note = "Folkepensionsalderen for dig er " + folkepension.tekst() + "; fleksydelsesalderen er "
            + Aldersgraense.formatAge(row.offsetMonths() / 12, row.offsetMonths() % 12) + " før.";
        return build(birth, months, row, from, folkepension.foedtTil(), note);
    }

    private static Aldersgraense build(LocalDate birth, int months, AldersTabel.Row row, LocalDate from, LocalDate to,
                                       String note) {
        LocalDate reached = AgeDates.reached(birth, months);
        Flag flag = AgeDates.movedDayFlag(birth, reached, NAVN, row.hjemmel());
        return new Aldersgraense(NAVN, birth, months / 12, months % 12, reached, from, to, row.hjemmel(),
            row.proveniens(), row.kilde(), note, flag);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }

    /** The table's text of law, for explanations. */
    public static String hjemmelTekst() {
        return TABLE.hjemmelTekst();
    }
}
