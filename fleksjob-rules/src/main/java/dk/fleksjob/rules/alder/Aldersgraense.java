package dk.fleksjob.rules.alder;

import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.parameter.Provenance;
import dk.fleksjob.rules.parameter.Source;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Aldersgrænse — an age limit fixed by birth date (folkepensionsalder, fleksydelsesalder), and the day a given
 * person reaches it.
 *
 * <p>The age is reached on the birthday: a person born 3 March 1968 is 69 years on 3 March 2037, and 65½ years six
 * calendar months after the 65th birthday. Where the month has no such day (born 29 February, or the 31st with a
 * half year ending in a 30-day month) the last day of that month is used and {@link #flag()} says so.
 *
 * @param navn         the limit's Danish name ("folkepensionsalderen")
 * @param foedselsdato the birth date asked about
 * @param aar          whole years of the age
 * @param maaneder     months beyond the whole years (0 or 6 in today's tables)
 * @param dato         the day the age is reached
 * @param foedtFra     the first birth date of the row that applies (null: no lower bound)
 * @param foedtTil     the last birth date of the row that applies (null: no upper bound)
 * @param hjemmel      the paragraph of law that gives the age
 * @param proveniens   how we know the row (published: the law's own text)
 * @param kilde        where the row is printed
 * @param note         a caveat for the row (e.g. later regulation), or null
 * @param flag         {@code uafklaret} when the day had to be moved to the end of the month, or null
 */
public record Aldersgraense(String navn, LocalDate foedselsdato, int aar, int maaneder, LocalDate dato,
                            LocalDate foedtFra, LocalDate foedtTil, LegalReference hjemmel, Provenance proveniens,
                            Source kilde, String note, Flag flag) {

    public Aldersgraense {
        Objects.requireNonNull(navn, "navn");
        Objects.requireNonNull(foedselsdato, "foedselsdato");
        Objects.requireNonNull(dato, "dato");
        Objects.requireNonNull(hjemmel, "hjemmel");
    }

    /** The age in months (65½ år → 786). */
    public int alderIMaaneder() {
        return aar * 12 + maaneder;
    }

    /** Whether the person has reached the age on the given day (the birthday itself counts). */
    public boolean erNaaet(LocalDate day) {
        return !day.isBefore(dato);
    }

    /** The age as Danish text: "65½ år", "70 år". */
    public String tekst() {
        return formatAge(aar, maaneder);
    }

    /** The birth-date row as Danish text: "født 1. januar 1954 – 30. juni 1954". */
    public String kohorte() {
        if (foedtFra == null && foedtTil == null) {
            return "alle fødselsdatoer";
        }
        if (foedtFra == null) {
            return "født før " + DanishDates.format(foedtTil.plusDays(1));
        }
        if (foedtTil == null) {
            return "født " + DanishDates.format(foedtFra) + " eller senere";
        }
        return "født " + DanishDates.format(foedtFra) + " – " + DanishDates.format(foedtTil);
    }

    /** One sentence a citizen can read. */
    public String forklaring() {
        return "Du er født " + DanishDates.format(foedselsdato) + ". For personer " + kohorte() + " er " + navn
            + " " + tekst() + ", og den når du " + DanishDates.format(dato) + ".";
    }

    static String formatAge(int years, int months) {
        if (months == 0) {
            return years + " år";
        }
        if (months == 6) {
            return years + "½ år";
        }
        return years + " år og " + months + " måneder";
    }
}
