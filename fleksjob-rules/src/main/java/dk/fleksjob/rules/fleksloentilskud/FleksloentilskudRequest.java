package dk.fleksjob.rules.fleksloentilskud;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * What a person (or caseworker) knows about a month in a fleksjob. The wage is either a monthly wage
 * ({@code maanedsloen}) or an hourly wage with weekly hours and intensity. Amounts in kroner, including the
 * employer's and the employee's pension contribution.
 *
 * @param maaned       the month the fleksløntilskud is for; the wage is that of the month before (BEK § 4)
 * @param timeloen     hourly wage incl. pension (optional if maanedsloen and fuldtidsloen are given)
 * @param timer        hours a week at the workplace
 * @param intensitet   work intensity (default 1)
 * @param maanedsloen  the monthly wage from the fleksjob employer, if known (overrides hours × hourly wage)
 * @param andenLoen    other wage income the same month (default 0)
 * @param fuldtidsloen the lønloft: the full-time monthly wage in the position (default: hourly wage × 37 h)
 * @param parametre    what-if overrides of parameters, id → value
 */
public record FleksloentilskudRequest(YearMonth maaned, BigDecimal timeloen, BigDecimal timer, BigDecimal intensitet,
                                      BigDecimal maanedsloen, BigDecimal andenLoen, BigDecimal fuldtidsloen,
                                      Map<String, BigDecimal> parametre) {

    public FleksloentilskudRequest {
        parametre = parametre == null ? Map.of() : Map.copyOf(parametre);
    }

    /** The common case: hourly wage and weekly hours at full intensity. */
    public static FleksloentilskudRequest hourly(YearMonth month, BigDecimal hourlyWage, BigDecimal hours) {
        return new FleksloentilskudRequest(month, hourlyWage, hours, null, null, null, null, null);
    }
}
