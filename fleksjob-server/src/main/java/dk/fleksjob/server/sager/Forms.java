package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Reads the case forms' fields; a bad value is an {@link InvalidInputException} naming the field, in Danish. */
final class Forms {

    private Forms() {
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "feltet skal udfyldes");
        }
        return value.strip();
    }

    static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(text(value, field));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "datoen skal skrives ÅÅÅÅ-MM-DD");
        }
    }

    static LocalDate optionalDate(String value, String field) {
        return value == null || value.isBlank() ? null : date(value, field);
    }

    static YearMonth month(String value, String field) {
        try {
            return YearMonth.parse(text(value, field));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "måneden skal skrives ÅÅÅÅ-MM");
        }
    }

    /** A number with a Danish decimal comma or a point; thousands separators are not accepted (ambiguous). */
    static BigDecimal number(String value, String field) {
        String s = text(value, field).replace(" ", "").replace(',', '.');
        try {
            BigDecimal n = new BigDecimal(s);
            if (n.signum() < 0 || n.compareTo(new BigDecimal("1000000000")) > 0) {
                throw new InvalidInputException(field, "tallet skal være mellem 0 og 1.000.000.000");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "værdien skal være et tal");
        }
    }

    static BigDecimal optionalNumber(String value, String field) {
        return value == null || value.isBlank() ? null : number(value, field);
    }

    /**
     * A yes/no that may be left unanswered: {@code true}/{@code ja} → true, {@code false}/{@code nej} → false, blank
     * or missing → null (not stated).
     */
    static Boolean optionalYesNo(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "ja" -> Boolean.TRUE;
            case "false", "nej" -> Boolean.FALSE;
            default -> throw new InvalidInputException(field, "vælg ja, nej eller ikke oplyst");
        };
    }

    static int version(String value) {
        try {
            return Integer.parseInt(text(value, "version"));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "ugyldig version");
        }
    }
}
