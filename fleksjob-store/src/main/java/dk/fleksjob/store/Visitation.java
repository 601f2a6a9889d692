package dk.fleksjob.store;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Visitation — the decision that a person qualifies for a fleksjob (LAB § 118), with the working capacity
 * assessed (arbejdsevne: hours a week and intensity, LAB § 122, stk. 2) and the ledighedsydelse category the
 * person falls in while unemployed.
 *
 * @param ledighedsydelseKategori free text category, e.g. "89 pct." or "kontanthjælpsniveau"
 */
public record Visitation(long id, long personId, LocalDate dato, BigDecimal timerPrUge, BigDecimal intensitet,
                         String ledighedsydelseKategori, int version) {
}
