package dk.fleksjob.rules.parameter;

import dk.fleksjob.rules.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parameters one calculation uses: the catalogue, plus what-if overrides that replace a parameter's value on
 * every date for this calculation only.
 */
public final class Rates {

    private final ParameterCatalog catalog;
    private final Map<String, BigDecimal> overrides;
    /**
     * The values already looked up by {@link #forMonth}, per month and id. Why: a payout run asks for the same few
     * values 110.000 times, and the lookup (the value in force, its last day) costs more than the calculation. A
     * value is immutable, so all get the same one; at most one per parameter and month.
     */
    private final Map<YearMonth, Map<String, ParameterValue>> monthly = new ConcurrentHashMap<>();

    private Rates(ParameterCatalog catalog, Map<String, BigDecimal> overrides) {
        this.catalog = catalog;
        this.overrides = overrides;
    }

    public static Rates standard() {
        return new Rates(ParameterCatalog.standard(), Map.of());
    }

    /** Rates with what-if overrides; an unknown id or a negative value is refused. */
    public static Rates withOverrides(ParameterCatalog catalog, Map<String, BigDecimal> overrides) {
        Map<String, BigDecimal> checked = new TreeMap<>();
        overrides.forEach((id, value) -> {
            catalog.get(id);
            if (value == null || value.signum() < 0) {
                throw new InvalidInputException("parameter", "værdien for " + id + " skal være et tal på 0 eller mere");
            }
            checked.put(id, value);
        });
        return new Rates(catalog, Map.copyOf(checked));
    }

    public static Rates withOverrides(Map<String, BigDecimal> overrides) {
        return withOverrides(ParameterCatalog.standard(), overrides);
    }

    public ParameterCatalog catalog() {
        return catalog;
    }

    public Map<String, BigDecimal> overrides() {
        return overrides;
    }

    /** The value in force on the date (or the override). */
    public ParameterValue at(String id, LocalDate date) {
        Parameter p = catalog.get(id);
        BigDecimal override = overrides.get(id);
        if (override != null) {
            return new ParameterValue(id, p.navn(), override, p.enhed().code(), null, null, Provenance.OVERRIDE,
                null, null);
        }
        DatedValue v = p.valueAt(date);
        return new ParameterValue(id, p.navn(), v.vaerdi(), p.enhed().code(), v.fra(), p.validTo(v), v.proveniens(),
            v.kilde(), v.afledning());
    }

    /**
     * The value that governs a calendar month: the value in force on its last day. Rates change on 1 January, on
     * the first Monday of January (the weekly dagpenge era) or on the 1st of a month, so the last day's value is
     * the one the month's calculation uses.
     */
    public ParameterValue forMonth(String id, YearMonth month) {
        Map<String, ParameterValue> values = monthly.computeIfAbsent(month, m -> new ConcurrentHashMap<>());
        ParameterValue value = values.get(id);
        if (value == null) {
            value = at(id, month.atEndOfMonth());
            ParameterValue first = values.putIfAbsent(id, value);
            return first == null ? value : first;
        }
        return value;
    }
}
