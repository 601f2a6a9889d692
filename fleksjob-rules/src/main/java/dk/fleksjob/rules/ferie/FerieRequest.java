package dk.fleksjob.rules.ferie;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fleksjob employee's working week and the holiday days asked for.
 *
 * @param arbejdsdage the weekdays (Monday–Friday) the person works
 * @param feriedage   holiday days asked for, each a working day (optional)
 * @param parametre   what-if overrides
 */
public record FerieRequest(Set<DayOfWeek> arbejdsdage, List<LocalDate> feriedage, Map<String, BigDecimal> parametre) {
    public FerieRequest {
        arbejdsdage = arbejdsdage == null ? Set.of() : Set.copyOf(arbejdsdage);
        feriedage = feriedage == null ? List.of() : List.copyOf(feriedage);
        parametre = parametre == null ? Map.of() : Map.copyOf(parametre);
    }
}
