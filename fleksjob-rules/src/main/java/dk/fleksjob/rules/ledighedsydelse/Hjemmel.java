package dk.fleksjob.rules.ledighedsydelse;

import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import java.time.LocalDate;

/**
 * The paragraphs of the ledighedsydelse rules. LAS paragraph numbers are those of LBK nr. 1004 af 30/6/2025; the
 * bekendtgørelse's numbering changed in 2014 (BEK nr. 1424/2012: § 13 fradrag, § 16 udbetaling; BEK nr. 812/2014
 * and later: § 2 sats, § 14 fradrag; BEK nr. 4/2026: § 19 udbetaling).
 */
final class Hjemmel {

    private static final LocalDate BEK_2014 = LocalDate.of(2014, 4, 30);
    private static final LocalDate BEK_2026 = LocalDate.of(2026, 2, 1);

    private Hjemmel() {
    }

    static LegalReference las(String paragraph, Integer stk) {
        return LegalReference.of(Law.LAS, paragraph, stk);
    }

    static LegalReference las(String paragraph, Integer stk, Integer nr) {
        return LegalReference.of(Law.LAS, paragraph, stk, nr);
    }

    /** The BEK paragraph on the 30/55 pct. deduction in force on the date. */
    static LegalReference bekFradrag(LocalDate date) {
        return LegalReference.of(Law.BEK_LY, date.isBefore(BEK_2014) ? "13" : "14");
    }

    /** The BEK paragraph on the 89 pct. rate and rounding (none before 30 April 2014). */
    static LegalReference bekSats(LocalDate date) {
        if (date.isBefore(BEK_2014)) {
            return LegalReference.text(Law.BEK_LY, "BEK nr. 1424/2012 har ingen regel om sats og afrunding; "
                + "reglen i BEK nr. 812/2014 § 2 er brugt");
        }
        return LegalReference.of(Law.BEK_LY, "2");
    }

    /** The BEK paragraph on payment in arrears and the deduction in the following month. */
    static LegalReference bekUdbetaling(LocalDate date) {
        if (date.isBefore(BEK_2014)) {
            return LegalReference.of(Law.BEK_LY, "16", 1);
        }
        return LegalReference.of(Law.BEK_LY, date.isBefore(BEK_2026) ? "18" : "19", 1);
    }
}
