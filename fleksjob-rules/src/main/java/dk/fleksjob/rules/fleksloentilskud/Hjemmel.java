package dk.fleksjob.rules.fleksloentilskud;

import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import java.time.LocalDate;

/**
 * The paragraphs of the fleksløntilskud rules as numbered on a given date: LAB § 70 f until 31 December 2019,
 * LAB § 123 from the new LAB (lov nr. 548 af 7/5/2019) on 1 January 2020. References are built once: the
 * calculation cites them on every run.
 */
final class Hjemmel {

    private static final LocalDate NEW_LAB = LocalDate.of(2020, 1, 1);
    private static final LegalReference[] OLD = {null, LegalReference.of(Law.LAB, "70 f", 1),
        LegalReference.of(Law.LAB, "70 f", 2), LegalReference.of(Law.LAB, "70 f", 3)};
    private static final LegalReference[] NEW = {null, LegalReference.of(Law.LAB, "123", 1),
        LegalReference.of(Law.LAB, "123", 2), LegalReference.of(Law.LAB, "123", 3)};
    static final LegalReference ATP_OLD = LegalReference.of(Law.BEK_ATP, "1", 2, 1);
    static final LegalReference ATP_NEW = LegalReference.of(Law.LAB, "137");
    static final LegalReference ATP_ROUNDING = LegalReference.of(Law.BEK_ATP, "2");
    static final LegalReference DAGPENGE = LegalReference.of(Law.AFL, "47", 1);
    static final LegalReference DAGPENGE_WEEKLY_ROUNDING = LegalReference.of(Law.AFL, "47", 2);
    static final LegalReference BEK_MAKSIMUM = LegalReference.of(Law.BEK_FLT, "2");
    static final LegalReference BEK_LOENINDTAEGT = LegalReference.of(Law.BEK_FLT, "1", 1);
    static final LegalReference BEK_BAGUD = LegalReference.of(Law.BEK_FLT, "4", 1);
    static final LegalReference BEK_NEDSAETTELSE = LegalReference.of(Law.BEK_FLT, "3", 2);
    static final LegalReference BEK_LOENLOFT = LegalReference.of(Law.BEK_FLT, "3", 3);
    static final LegalReference BEK_LOENLOFT_OPLYSES = LegalReference.of(Law.BEK_FLT, "12", 1);
    static final LegalReference BEK_LOENLOFT_BEREGNES = LegalReference.of(Law.BEK_FLT, "13", 2);
    static final LegalReference BEK_VIRKNING = LegalReference.of(Law.BEK_FLT, "15", 2);
    static final LegalReference ARBEJDSGIVERLOEN = LegalReference.of(Law.LAB, "122");

    private Hjemmel() {
    }

    static LegalReference fleksloentilskud(LocalDate date, int stk) {
        return date.isBefore(NEW_LAB) ? OLD[stk] : NEW[stk];
    }

    static LegalReference atp(LocalDate date) {
        return date.isBefore(NEW_LAB) ? ATP_OLD : ATP_NEW;
    }
}
