package dk.fleksjob.rules.fleksloentilskud.maaned;

import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import java.time.YearMonth;

/** The paragraphs the real month cites, shared with the statement check. */
public final class Hjemler {

    private static final YearMonth NEW_LAB = YearMonth.of(2020, 1);

    private Hjemler() {
    }

    public static LegalReference bek(String paragraph, Integer stk) {
        return LegalReference.of(Law.BEK_FLT, paragraph, stk);
    }

    public static LegalReference bek(String paragraph, Integer stk, Integer nr) {
        return LegalReference.of(Law.BEK_FLT, paragraph, stk, nr);
    }

    /** LAB § 123 (§ 70 f before 2020) for the subsidy month. */
    public static LegalReference lab123(YearMonth month, int stk) {
        return month.isBefore(NEW_LAB) ? LegalReference.of(Law.LAB, "70 f", stk) : LegalReference.of(Law.LAB, "123", stk);
    }

    /** LAB § 124 (sickness and barsel with the subsidy). */
    public static LegalReference lab124(YearMonth month) {
        return month.isBefore(NEW_LAB) ? LegalReference.of(Law.LAB, "70 f", 5) : LegalReference.of(Law.LAB, "124");
    }

    public static LegalReference lab137(YearMonth month) {
        return month.isBefore(NEW_LAB) ? LegalReference.of(Law.BEK_ATP, "1", 2, 1) : LegalReference.of(Law.LAB, "137");
    }

    public static LegalReference lab138(YearMonth month) {
        return month.isBefore(NEW_LAB) ? LegalReference.of(Law.BEK_ATP, "1", 2, 2) : LegalReference.of(Law.LAB, "138");
    }

    /**
     * The sickness and barsel paragraphs as numbered for the wage month: §§ 7 and 9 from BEK nr. 250/2022 (1 April
     * 2022, kept in 1806/2023 and 227/2024); §§ 6 and 8 in BEK nr. 110/2021 and before.
     */
    public static String sygdom(YearMonth wageMonth) {
        return wageMonth.isBefore(YearMonth.of(2022, 4)) ? "6" : "7";
    }

    public static String barsel(YearMonth wageMonth) {
        return wageMonth.isBefore(YearMonth.of(2022, 4)) ? "8" : "9";
    }

    public static LegalReference atp(String paragraph, Integer stk) {
        return LegalReference.of(Law.BEK_ATP, paragraph, stk);
    }

    /** An Ankestyrelsen principmeddelelse, e.g. "51-16". */
    public static LegalReference ankestyrelsen(String number) {
        return LegalReference.text(Law.ANKESTYRELSEN, "Ankestyrelsens principmeddelelse " + number);
    }
}
