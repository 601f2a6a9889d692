package dk.fleksjob.rules.law;

import java.util.Objects;

/**
 * Hjemmel: a paragraph of law, e.g. "LAB § 123, stk. 2".
 *
 * @param lov   the law's short name
 * @param paragraf the paragraph, as printed ("123", "70 f")
 * @param stk   the stykke, or null
 * @param nr    the nummer, or null
 * @param tekst the reference as it reads in an explanation
 * @param url   where to read it
 */
public record LegalReference(String lov, String paragraf, Integer stk, Integer nr, String tekst, String url) {

    public LegalReference {
        Objects.requireNonNull(lov, "lov");
        Objects.requireNonNull(paragraf, "paragraf");
    }

    public static LegalReference of(Law law, String paragraph) {
        return of(law, paragraph, null, null);
    }

    public static LegalReference of(Law law, String paragraph, Integer stk) {
        return of(law, paragraph, stk, null);
    }

    public static LegalReference of(Law law, String paragraph, Integer stk, Integer nr) {
        StringBuilder text = new StringBuilder(law.shortName()).append(" § ").append(paragraph);
        if (stk != null) {
            text.append(", stk. ").append(stk);
        }
        if (nr != null) {
            text.append(", nr. ").append(nr);
        }
        return new LegalReference(law.shortName(), paragraph, stk, nr, text.toString(), law.url());
    }

    /** A source that is not a paragraph (a guidance, a decision). */
    public static LegalReference text(Law law, String text) {
        return new LegalReference(law.shortName(), "", null, null, text, law.url());
    }

    @Override
    public String toString() {
        return tekst;
    }
}
