package dk.fleksjob.rules.fleksydelse;

import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;

/** The paragraphs of lov om fleksydelse (LBK nr. 1083/2025) and bekendtgørelse om fleksydelse (BEK nr. 1187/2020). */
final class Hjemmel {

    private Hjemmel() {
    }

    static LegalReference lfy(String paragraph, Integer stk) {
        return LegalReference.of(Law.LFY, paragraph, stk);
    }

    static LegalReference bek(String paragraph, Integer stk) {
        return LegalReference.of(Law.BEK_FY, paragraph, stk);
    }
}
