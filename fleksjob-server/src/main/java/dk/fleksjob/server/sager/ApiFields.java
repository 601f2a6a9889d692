package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks the fields of one case API request body and collects every field that cannot be used, so that one answer
 * (422, {@link SagerApi}) lists them all, each with its Danish message. The messages are the case forms' ({@link Forms}).
 * The bounds are what the case store's columns hold ({@code V1__case_store.sql}): a value the database would refuse
 * or round is refused here, by its field, and never becomes a 500 or a silently rounded number.
 */
final class ApiFields {

    /** A number column: the largest value it holds and its decimals, with the largest value as a Dane writes it. */
    record Bound(BigDecimal max, int decimals, String maxText) {
        /** numeric(5,2): hours a week, pension per cent. */
        static final Bound HUNDREDS = new Bound(new BigDecimal("999.99"), 2, "999,99");
        /** numeric(10,2): the hourly wage. */
        static final Bound WAGE = new Bound(new BigDecimal("99999999.99"), 2, "99.999.999,99");
        /** numeric(12,2), kept to the forms' bound (Forms.number): the full-time monthly wage. */
        static final Bound AMOUNT = new Bound(new BigDecimal("1000000000"), 2, "1.000.000.000");
        /** numeric(4,3): work intensity, over 0 and at most 1 (see {@link #intensity}). */
        static final Bound INTENSITY = new Bound(BigDecimal.ONE, 3, "1");
    }

    /** Every field of a body that cannot be used, in the body's order. */
    static final class Invalid extends RuntimeException {

        private final List<InvalidInputException> errors;

        Invalid(List<InvalidInputException> errors) {
            super(errors.get(0).field() + ": " + errors.get(0).getMessage());
            this.errors = List.copyOf(errors);
        }

        List<InvalidInputException> errors() {
            return errors;
        }
    }

    private final List<InvalidInputException> errors = new ArrayList<>();

    /** Throws {@link Invalid} if any field could not be used; else nothing. */
    void done() {
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    void add(String field, String message) {
        errors.add(new InvalidInputException(field, message));
    }

    /** A value made by a check that throws {@link InvalidInputException} (e.g. {@code Cvr.of}); null if it threw. */
    <T> T check(Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            errors.add(e);
            return null;
        }
    }

    /** Text that must be given, stripped; at most {@code maxLength} characters. */
    String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "feltet skal udfyldes");
            return null;
        }
        return optionalText(value, field, maxLength);
    }

    /** Text that may be left out (null when blank), stripped; at most {@code maxLength} characters. */
    String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > maxLength) {
            add(field, "højst " + maxLength + " tegn");
            return null;
        }
        return s;
    }

    LocalDate date(LocalDate value, String field) {
        if (value == null) {
            add(field, "feltet skal udfyldes");
            return null;
        }
        return optionalDate(value, field);
    }

    /** A date with a four-digit year, as the forms' ÅÅÅÅ-MM-DD (JSON allows {@code +10000-01-01}). */
    LocalDate optionalDate(LocalDate value, String field) {
        if (value != null && (value.getYear() < 1 || value.getYear() > 9999)) {
            add(field, "datoen skal skrives ÅÅÅÅ-MM-DD");
            return null;
        }
        return value;
    }

    /** The end of a period: not before its start (when both could be read). */
    LocalDate end(LocalDate from, LocalDate to, String field) {
        LocalDate d = optionalDate(to, field);
        if (d != null && from != null && d.isBefore(from)) {
            add(field, "slutdatoen ligger før startdatoen");
            return null;
        }
        return d;
    }

    BigDecimal number(BigDecimal value, String field, Bound bound) {
        if (value == null) {
            add(field, "feltet skal udfyldes");
            return null;
        }
        return optionalNumber(value, field, bound);
    }

    /** A number from 0 to the column's largest value, with no more decimals than it keeps; null stays null. */
    BigDecimal optionalNumber(BigDecimal value, String field, Bound bound) {
        if (value == null) {
            return null;
        }
        // integer digits first: cheap for 1E+999999999, which compareTo would also handle, but obviously so
        if (value.signum() < 0 || value.precision() - value.scale() > 12 || value.compareTo(bound.max()) > 0) {
            add(field, "tallet skal være mellem 0 og " + bound.maxText());
            return null;
        }
        if (value.scale() > bound.decimals() && value.stripTrailingZeros().scale() > bound.decimals()) {
            add(field, "højst " + bound.decimals() + " decimaler");
            return null;
        }
        // 0E-999999999 is a zero: keep its scale to what the column holds
        return value.scale() > bound.decimals() ? value.setScale(bound.decimals(), RoundingMode.UNNECESSARY) : value;
    }

    /** Work intensity: over 0 and at most 1 (LAB § 122, stk. 2: 1 = 100 pct.), with the store's message. */
    BigDecimal intensity(BigDecimal value, String field) {
        if (value == null) {
            add(field, "feltet skal udfyldes");
            return null;
        }
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            add(field, "intensiteten skal være over 0 og højst 1");
            return null;
        }
        return optionalNumber(value, field, Bound.INTENSITY);
    }

    <T> T required(T value, String field, String message) {
        if (value == null) {
            add(field, message);
        }
        return value;
    }

    /** The version read, for optimistic locking; -1 (never read) stands in when it is missing. */
    int version(Integer value) {
        return required(value, "version", "angiv den version, du har læst") == null ? -1 : value;
    }
}
