package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one case form's fields (the form's field name is the key) and collects every field that cannot be used, each
 * an {@link InvalidInputException} naming the field with its Danish message; {@link #done()} throws them all at once
 * ({@link InvalidFields}) so the page shows each by its field. The bounds are what the store's columns hold
 * ({@link ColumnLimits}, shared with the case API): a value the database would refuse or round is refused here.
 */
final class Forms extends FieldChecks {

    /**
     * A number as a caseworker types it: digits with one decimal comma or point, no thousands separator ("1.234" is
     * ambiguous: it has more decimals than any amount, so it is refused rather than read as 1,234) and no exponent.
     */
    private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d*)(?:[.,](\\d*))?");

    private final Map<String, String> form;
    Forms(Map<String, String> form) {
        this.form = form;
    }

    /** What was typed in the field; null when it was left blank (or not sent). */
    private String typed(String field) {
        String v = form.get(field);
        return v == null || v.isBlank() ? null : v;
    }

    /** Text that must be given, stripped; at most {@code maxLength} characters. */
    String text(String field, int maxLength) {
        return check(() -> ColumnLimits.text(form.get(field), field, maxLength));
    }

    /** Text that may be left blank (null), stripped; at most {@code maxLength} characters. */
    String optionalText(String field, int maxLength) {
        return check(() -> ColumnLimits.optionalText(form.get(field), field, maxLength));
    }

    LocalDate date(String field) {
        return check(() -> date(form.get(field), field));
    }

    LocalDate optionalDate(String field) {
        return typed(field) == null ? null : date(field);
    }

    /** The end of a period (may be blank): a date, not before its start (when the start could be read). */
    LocalDate end(LocalDate from, String field) {
        LocalDate to = optionalDate(field);
        return to == null ? null : check(() -> ColumnLimits.end(from, to, field));
    }

    BigDecimal number(String field, ColumnLimits.Bound bound) {
        return check(() -> number(form.get(field), field, bound));
    }

    /** A number that may be left blank: then {@code blank} (which may be null). */
    BigDecimal number(String field, ColumnLimits.Bound bound, BigDecimal blank) {
        return typed(field) == null ? blank : number(field, bound);
    }

    /** Work intensity, over 0 and at most 1 with at most 3 decimals; blank is {@code blank} (null: must be given). */
    BigDecimal intensity(String field, BigDecimal blank) {
        if (typed(field) == null && blank != null) {
            return blank;
        }
        return check(() -> {
            try {
                return ColumnLimits.intensity(number(form.get(field), field, ColumnLimits.Bound.INTENSITY), field);
            } catch (FieldProblem e) {
                // "between 0 and 1" is said as the store and the API say it: over 0 and at most 1
                throw "sager.felt.mellem".equals(e.key()) ? new FieldProblem(field, "sager.felt.intensitet") : e;
            }
        });
    }

    /**
     * A yes/no that may be left unanswered: {@code true}/{@code ja} → true, {@code false}/{@code nej} → false, blank
     * or missing → null (not stated).
     */
    Boolean optionalYesNo(String field) {
        String value = typed(field);
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "ja" -> Boolean.TRUE;
            case "false", "nej" -> Boolean.FALSE;
            default -> {
                add(new FieldProblem(field, "sager.felt.ja-nej"));
                yield null;
            }
        };
    }

    // ---- single fields, read where no form is collected -----------------------------------------------------

    /** A field that must be filled in, stripped (e.g. a choice from a list, checked by the caller). */
    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ColumnLimits.required(field);
        }
        return value.strip();
    }

    /** A date as ÅÅÅÅ-MM-DD, with a four-digit year. */
    static LocalDate date(String value, String field) {
        try {
            return ColumnLimits.date(LocalDate.parse(required(value, field)), field);
        } catch (DateTimeParseException e) {
            throw new FieldProblem(field, "sager.felt.dato");
        }
    }

    /** A month as ÅÅÅÅ-MM, with a four-digit year. */
    static YearMonth month(String value, String field) {
        try {
            return ColumnLimits.month(YearMonth.parse(required(value, field)), field);
        } catch (DateTimeParseException e) {
            throw new FieldProblem(field, "sager.felt.maaned");
        }
    }

    /**
     * A number with a Danish decimal comma or a point (spaces are ignored), from 0 to the bound's largest value with at
     * most its decimals: "10,555" for an amount is refused, never rounded, and so is "1.000" (ambiguous).
     */
    static BigDecimal number(String value, String field, ColumnLimits.Bound bound) {
        Matcher m = NUMBER.matcher(required(value, field).replace(" ", ""));
        if (!m.matches() || m.group(2).isEmpty() && (m.group(3) == null || m.group(3).isEmpty())) {
            throw new FieldProblem(field, "sager.felt.tal");
        }
        String whole = m.group(2).replaceFirst("^0+(?=.)", "");
        String decimals = m.group(3) == null ? "" : m.group(3);
        boolean negative = "-".equals(m.group(1)) && !(whole + decimals).matches("0*");
        // A field can hold megabytes: read at most 12 digits before the comma (no column holds more) and 40 after it
        // (no column keeps more than 3); the digits after those 40 only matter if the 40 read are exactly the largest
        // value. So "too large" is decided on the whole value typed, as the API decides it, and is said first.
        String read = decimals.substring(0, Math.min(decimals.length(), 40));
        BigDecimal n = whole.length() > 12 ? null : new BigDecimal((whole.isEmpty() ? "0" : whole) + "." + read);
        boolean tooLarge = n == null || n.compareTo(bound.max()) > 0
            || n.compareTo(bound.max()) == 0 && !decimals.substring(read.length()).matches("0*");
        if (negative || tooLarge) {
            throw new FieldProblem(field, "sager.felt.mellem", bound.max());
        }
        // the decimals typed, even zeros: "1.000" is refused rather than read as 1
        if (decimals.length() > bound.decimals()) {
            throw ColumnLimits.decimals(field, bound);
        }
        return ColumnLimits.number(n.setScale(decimals.length(), RoundingMode.UNNECESSARY), field, bound);
    }

    static int version(String value) {
        try {
            return Integer.parseInt(required(value, "version"));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "ugyldig version");
        }
    }
}
