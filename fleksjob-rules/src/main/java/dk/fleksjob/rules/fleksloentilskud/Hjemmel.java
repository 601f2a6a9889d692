package dk.fleksjob.rules.fleksloentilskud;

import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import java.time.LocalDate;

/**
 * The paragraphs of the fleksløntilskud rules as numbered on a given date: LAB § 70 f until 31 December 2019,
 * LAB § 123 from the new LAB (lov nr. 548 af 7/5/2019) on 1 January 2020.
 */
final class Hjemmel {

    private static final LocalDate NEW_LAB = LocalDate.of(2020, 1, 1);

    private Hjemmel() {
    }

    static LegalReference fleksloentilskud(LocalDate date, int stk) {
        return date.isBefore(NEW_LAB) ? LegalReference.of(Law.LAB, "70 f", stk) : LegalReference.of(Law.LAB, "123", stk);
    }

    static LegalReference bek(String paragraph, Integer stk) {
        return LegalReference.of(Law.BEK_FLT, paragraph, stk);
    }

    static LegalReference atp(LocalDate date) {
        return date.isBefore(NEW_LAB) ? LegalReference.of(Law.BEK_ATP, "1", 2, 1) : LegalReference.of(Law.LAB, "137");
    }

    static LegalReference dagpenge() {
        return LegalReference.of(Law.AFL, "47", 1);
    }
}
