package dk.fleksjob.server.input;

import dk.fleksjob.rules.parameter.ParameterCatalog;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bounds every request must keep before a calculation sees it, whatever the calculation: no amount or number above
 * one billion in size, at most six decimals, and only parameter ids the catalogue holds. Found by walking the request
 * record's components, so a new calculation's request is checked without code of its own.
 */
public final class InputLimits {

    /** The CLI's bound too (Converters.amount): far above any wage or rate, far below what slows BigDecimal. */
    public static final BigDecimal MAX_ABS = BigDecimal.valueOf(1_000_000_000L);
    public static final int MAX_DECIMALS = 6;
    private static final String OVERRIDES = "parametre";

    private InputLimits() {
    }

    /** Throws {@link BadInputException} (422) listing every field outside the bounds. */
    public static void check(Record request, ParameterCatalog catalog) {
        List<BadInputException.Problem> problems = new ArrayList<>();
        walk(request, "", catalog, problems);
        if (!problems.isEmpty()) {
            throw new BadInputException(false, problems);
        }
    }

    private static void walk(Record r, String prefix, ParameterCatalog catalog, List<BadInputException.Problem> out) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String field = prefix + c.getName();
            if (value instanceof BigDecimal number) {
                number(field, number, out);
            } else if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String key = String.valueOf(e.getKey());
                    if (c.getName().equals(OVERRIDES) && !catalog.contains(key)) {
                        out.add(BadInputException.Problem.of(field + "." + key, "ukendt-parameter", key));
                    } else if (e.getValue() instanceof BigDecimal number) {
                        number(field + "." + key, number, out);
                    }
                }
            } else if (value instanceof Iterable<?> list) {
                int i = 0;
                for (Object item : list) {
                    if (item instanceof Record nested) {
                        walk(nested, field + "[" + i + "].", catalog, out);
                    } else if (item instanceof BigDecimal number) {
                        number(field + "[" + i + "]", number, out);
                    }
                    i++;
                }
            } else if (value instanceof Record nested) {
                walk(nested, field + ".", catalog, out);
            }
        }
    }

    private static void number(String field, BigDecimal n, List<BadInputException.Problem> out) {
        // compare via precision and scale first: abs().compareTo on 1E+999999999 is cheap, but keep it obviously so
        if (n.precision() - n.scale() > 10 || n.abs().compareTo(MAX_ABS) > 0) {
            out.add(BadInputException.Problem.of(field, "for-stor", "1.000.000.000"));
        } else if (n.stripTrailingZeros().scale() > MAX_DECIMALS) {
            out.add(BadInputException.Problem.of(field, "for-mange-decimaler", MAX_DECIMALS));
        }
    }
}
