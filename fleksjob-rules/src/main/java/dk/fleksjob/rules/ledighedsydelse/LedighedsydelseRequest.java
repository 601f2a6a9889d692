package dk.fleksjob.rules.ledighedsydelse;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * One month of ledighedsydelse as the person or caseworker knows it.
 *
 * @param maaned                         the month the ledighedsydelse is for (paid in arrears at its end)
 * @param kategori                       the rate category fixed at visitation (LAS § 74 a, stk. 2–3)
 * @param loen                           wage income incl. the employer's and own pension contribution, and income
 *                                       replacing wage, in the month before (BEK § 19: the deduction is made in
 *                                       the following month); default 0
 * @param fleksjobMaaneder               months in fleksjob within the last 18 months (§ 74 a, stk. 4); default 0
 * @param maanederEfterFleksydelsesalder months already received at the 89 pct. or forsørger rate after reaching
 *                                       fleksydelsesalderen (§ 74 b, stk. 2); null = the age is not reached
 * @param parametre                      what-if overrides of parameters, id → value
 */
public record LedighedsydelseRequest(YearMonth maaned, Kategori kategori, BigDecimal loen, Integer fleksjobMaaneder,
                                     Integer maanederEfterFleksydelsesalder, Map<String, BigDecimal> parametre) {

    public LedighedsydelseRequest {
        parametre = parametre == null ? Map.of() : Map.copyOf(parametre);
    }

    public static LedighedsydelseRequest of(YearMonth month, Kategori kategori, BigDecimal wage) {
        return new LedighedsydelseRequest(month, kategori, wage, null, null, null);
    }
}
