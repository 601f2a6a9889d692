package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Checks the fields of one case API request body and collects every field that cannot be used, so that one answer
 * (422, {@link SagerApi}) lists them all, each with its Danish message. The bounds and the messages are the case
 * forms' ({@link ColumnLimits}, shared with {@link Forms}): what the case store's columns hold.
 */
final class ApiFields extends FieldChecks {

    void add(String field, String message) {
        add(new InvalidInputException(field, message));
    }

    /** Text that must be given, stripped; at most {@code maxLength} characters. */
    String text(String value, String field, int maxLength) {
        return check(() -> ColumnLimits.text(value, field, maxLength));
    }

    /** Text that may be left out (null when blank), stripped; at most {@code maxLength} characters. */
    String optionalText(String value, String field, int maxLength) {
        return check(() -> ColumnLimits.optionalText(value, field, maxLength));
    }

    LocalDate date(LocalDate value, String field) {
        return value == null ? missing(field) : optionalDate(value, field);
    }

    /** A date with a four-digit year, as the forms' ÅÅÅÅ-MM-DD (JSON allows {@code +10000-01-01}). */
    LocalDate optionalDate(LocalDate value, String field) {
        return value == null ? null : check(() -> ColumnLimits.date(value, field));
    }

    /** The end of a period: not before its start (when both could be read). */
    LocalDate end(LocalDate from, LocalDate to, String field) {
        LocalDate d = optionalDate(to, field);
        return d == null ? null : check(() -> ColumnLimits.end(from, d, field));
    }

    BigDecimal number(BigDecimal value, String field, ColumnLimits.Bound bound) {
        return value == null ? missing(field) : optionalNumber(value, field, bound);
    }

    /** A number from 0 to the column's largest value, with no more decimals than it keeps; null stays null. */
    BigDecimal optionalNumber(BigDecimal value, String field, ColumnLimits.Bound bound) {
        return value == null ? null : check(() -> ColumnLimits.number(value, field, bound));
    }

    /** Work intensity: over 0 and at most 1 (LAB § 122, stk. 2: 1 = 100 pct.), with the store's message. */
    BigDecimal intensity(BigDecimal value, String field) {
        return value == null ? missing(field) : check(() -> ColumnLimits.intensity(value, field));
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

    private <T> T missing(String field) {
        add(ColumnLimits.required(field));
        return null;
    }
}
