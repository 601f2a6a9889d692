package dk.fleksjob.server.input;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.server.input.BadInputException.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns what went wrong with a request into field problems: the same for the API and the pages. */
public final class InputProblems {

    private InputProblems() {
    }

    /** A request body or form that could not be turned into the request record (HTTP 400). */
    public static BadInputException fromJackson(Throwable t) {
        JacksonException j = find(t, JacksonException.class);
        if (j == null) {
            return new BadInputException(true, List.of(Problem.of("", "ugyldig-json")));
        }
        String field = path(j);
        if (j instanceof UnrecognizedPropertyException u) {
            return new BadInputException(true, List.of(Problem.of(field, "ukendt-felt", u.getPropertyName())));
        }
        if (j instanceof ValueInstantiationException || j instanceof InvalidNullException) {
            return new BadInputException(true, List.of(Problem.of(field, "ugyldig-vaerdi")));
        }
        if (j instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new BadInputException(true, List.of(Problem.of(field, "forkert-type", typeKey(m.getTargetType()))));
        }
        if (j instanceof StreamConstraintsException) {
            return new BadInputException(true, List.of(Problem.of(field, "for-stor", "1.000.000.000")));
        }
        return new BadInputException(true, List.of(Problem.of(field, "ugyldig-json")));
    }

    /** A rule's refusal (HTTP 422): the rule names the field and gives the Danish message. */
    public static BadInputException fromRule(InvalidInputException e) {
        return new BadInputException(false, List.of(Problem.rule(e.field(), e.getMessage())));
    }

    /** The message key of the type a value should have had. */
    public static String typeKey(Class<?> type) {
        if (type == BigDecimal.class || type == BigInteger.class || Number.class.isAssignableFrom(type)
            || type == int.class || type == long.class || type == double.class) {
            return "type.tal";
        }
        if (type == YearMonth.class) {
            return "type.maaned";
        }
        if (type == LocalDate.class) {
            return "type.dato";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "type.sandhed";
        }
        if (type == String.class) {
            return "type.tekst";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "type.liste";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "type.objekt";
        }
        return "type.vaerdi";
    }

    private static String path(JacksonException j) {
        return j.getPath().stream()
            .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
