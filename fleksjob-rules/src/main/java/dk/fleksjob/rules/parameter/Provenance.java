package dk.fleksjob.rules.parameter;

import java.util.Locale;

/** How we know a figure. */
public enum Provenance {
    /** Read in an official table or the law itself (ministry, STAR, retsinformation). */
    PUBLISHED("offentliggjort"),
    /** Printed by a municipality, union or other body, not yet seen in an official table. */
    SECONDARY("sekundær"),
    /** Computed by us with the legal regulation rule from published figures; the derivation is named. */
    DERIVED("beregnet"),
    /** Set by the user for one what-if calculation. */
    OVERRIDE("hvad-nu-hvis");

    private final String danish;

    Provenance(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Provenance parse(String code) {
        for (Provenance p : values()) {
            if (p != OVERRIDE && p.code().equals(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException("ukendt proveniens '" + code + "' (published, secondary eller derived)");
    }
}
