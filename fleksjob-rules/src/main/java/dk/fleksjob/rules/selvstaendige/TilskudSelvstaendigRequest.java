package dk.fleksjob.rules.selvstaendige;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the calculation of the yearly tilskud for a self-employed person needs.
 *
 * @param aar            the calendar year the tilskud is for
 * @param overskud       the calculated yearly income of the business (BEK § 9 and § 11: the average taxable
 *                       overskud/underskud before interest and other financial items of the two best of the last
 *                       three financial years); a negative amount counts as 0 (BEK § 11, stk. 4)
 * @param andenIndkomst  other work income in the calculation period (BEK § 10); default 0
 * @param aegtefaeller   true if both spouses run the business as their main occupation: each is assessed on
 *                       50 pct. of the yearly income (BEK § 13, stk. 1)
 * @param parametre      what-if overrides of parameters, id → value
 */
public record TilskudSelvstaendigRequest(Integer aar, BigDecimal overskud, BigDecimal andenIndkomst,
                                         boolean aegtefaeller, Map<String, BigDecimal> parametre) {

    public TilskudSelvstaendigRequest {
        parametre = parametre == null ? Map.of() : Map.copyOf(parametre);
    }

    public static TilskudSelvstaendigRequest of(int year, BigDecimal overskud, BigDecimal other) {
        return new TilskudSelvstaendigRequest(year, overskud, other, false, null);
    }
}
