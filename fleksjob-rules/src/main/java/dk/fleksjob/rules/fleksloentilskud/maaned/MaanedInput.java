package dk.fleksjob.rules.fleksloentilskud.maaned;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A real fleksjob month: the month the subsidy is for, the typed income lines of the month before (the wage month,
 * BEK § 4, stk. 1), the lønloft, and the facts the ATP contribution needs.
 *
 * @param maaned          the month the fleksløntilskud is for (ÅÅÅÅ-MM); the lines are the income of the month before
 * @param indtaegter      the income lines of the wage month
 * @param loenloft        the lønloft, if known (without it the subsidy is computed without a cap, and flagged)
 * @param loenperiode     how the person is paid (default: monthly)
 * @param atpTimer        løntimer used for the state's ATP in the last full period before sickness (ATP-BEK § 3, stk. 3)
 * @param parametre       what-if parameter overrides
 */
public record MaanedInput(YearMonth maaned, List<Indtaegtslinje> indtaegter, LoenloftOplysning loenloft,
                          Loenperiode loenperiode, BigDecimal atpTimer, Map<String, BigDecimal> parametre) {

    public MaanedInput {
        indtaegter = indtaegter == null ? List.of() : List.copyOf(indtaegter);
        loenperiode = loenperiode == null ? Loenperiode.MAANED : loenperiode;
        parametre = parametre == null ? Map.of() : Map.copyOf(parametre);
    }

    public static MaanedInput of(YearMonth month, LoenloftOplysning loft, Indtaegtslinje... lines) {
        return new MaanedInput(month, List.of(lines), loft, null, null, null);
    }

    /** The same month with other income lines (for corrections). */
    public MaanedInput withIndtaegter(List<Indtaegtslinje> lines) {
        return new MaanedInput(maaned, lines, loenloft, loenperiode, atpTimer, parametre);
    }
}
