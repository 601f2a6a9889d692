package dk.fleksjob.rules.gammelordning;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A year of a fleksjob started before 1 January 2013, seen from the employer. Give either the yearly wage or an
 * hourly wage with weekly hours.
 *
 * @param aar       the calendar year
 * @param brok      the fraction fixed by the municipality (½ or ⅔)
 * @param loen      the yearly wage incl. the employer's ATP and other employer contributions (LAB § 133, stk. 3)
 * @param timeloen  alternatively: the hourly wage incl. employer contributions
 * @param timer     with timeloen: hours a week
 * @param refusion  sygedagpenge- or barselsrefusion the employer is entitled to in the year (LAB § 133, stk. 4);
 *                  default 0
 * @param parametre what-if overrides of parameters, id → value
 */
public record GammelOrdningRequest(Integer aar, Broek brok, BigDecimal loen, BigDecimal timeloen, BigDecimal timer,
                                   BigDecimal refusion, Map<String, BigDecimal> parametre) {

    public GammelOrdningRequest {
        parametre = parametre == null ? Map.of() : Map.copyOf(parametre);
    }

    public static GammelOrdningRequest yearly(int year, Broek brok, BigDecimal wage) {
        return new GammelOrdningRequest(year, brok, wage, null, null, null, null);
    }
}
