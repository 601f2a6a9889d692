package dk.fleksjob.rules.ledighedsydelse;

import dk.fleksjob.rules.InvalidInputException;
import java.util.Locale;

/**
 * Satskategori — the rate category of ledighedsydelse, fixed by the municipality at visitation (LAS § 74 a, stk. 2
 * and stk. 3).
 */
public enum Kategori {
    /** § 74 a, stk. 2: 89 pct. of the dagpenge maximum (e.g. entitled to sygedagpenge at visitation). */
    SATS_89("89", "89 pct. af dagpengenes højeste beløb"),
    /** § 74 a, stk. 3, nr. 1: has forsørgelsespligt over for et barn. */
    FORSOERGER("forsoerger", "forsørgersatsen"),
    /** § 74 a, stk. 3, nr. 2: no forsørgelsespligt. */
    IKKE_FORSOERGER("ikke-forsoerger", "satsen uden forsørgelsespligt");

    private final String code;
    private final String danish;

    Kategori(String code, String danish) {
        this.code = code;
        this.danish = danish;
    }

    public String code() {
        return code;
    }

    public String danish() {
        return danish;
    }

    /** Parses 89, forsoerger or ikke-forsoerger (also forsørger / ikke-forsørger). */
    public static Kategori parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("ø", "oe");
        for (Kategori k : values()) {
            if (k.code.equals(t)) {
                return k;
            }
        }
        throw new InvalidInputException("kategori", "'" + text + "' er ikke en kategori (89, forsoerger eller ikke-forsoerger)");
    }
}
