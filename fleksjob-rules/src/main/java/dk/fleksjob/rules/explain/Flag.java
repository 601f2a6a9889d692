package dk.fleksjob.rules.explain;

import dk.fleksjob.rules.law.LegalReference;

/**
 * A point the rules cannot settle alone.
 *
 * @param type   {@link Type#SKAL_AFKLARES}: a judgement a caseworker must make or confirm;
 *               {@link Type#UAFKLARET}: the sources leave the rule unclear and the most cautious reading is used
 * @param tekst  the reason, in Danish
 * @param hjemmel the paragraph the point turns on
 */
public record Flag(Type type, String tekst, LegalReference hjemmel) {

    public enum Type {
        SKAL_AFKLARES,
        UAFKLARET
    }

    public static Flag skalAfklares(String text, LegalReference legal) {
        return new Flag(Type.SKAL_AFKLARES, text, legal);
    }

    public static Flag uafklaret(String text, LegalReference legal) {
        return new Flag(Type.UAFKLARET, text, legal);
    }
}
