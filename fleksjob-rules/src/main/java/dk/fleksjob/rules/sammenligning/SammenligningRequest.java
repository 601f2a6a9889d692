package dk.fleksjob.rules.sammenligning;

import dk.fleksjob.rules.gammelordning.Broek;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * The same job under the old scheme (before 2013) and the new scheme (from 2013).
 *
 * @param maaned     the month compared (the new scheme's subsidy month)
 * @param timeloen   hourly wage incl. pension
 * @param timer      hours a week at the workplace
 * @param intensitet work intensity in the new scheme (default 1)
 * @param brok       the old scheme's fraction; null = 2/3 (an assumption, flagged)
 * @param parametre  what-if overrides of parameters, id → value
 */
public record SammenligningRequest(YearMonth maaned, BigDecimal timeloen, BigDecimal timer, BigDecimal intensitet,
                                   Broek brok, Map<String, BigDecimal> parametre) {

    public SammenligningRequest {
        parametre = parametre == null ? Map.of() : Map.copyOf(parametre);
    }
}
