package dk.fleksjob.store;

import dk.fleksjob.rules.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * CPR-nummer — the Danish personal identification number: ten digits, DDMMYY and a four-digit serial whose first
 * digit gives the century of the birth date (CPR-kontoret, »Personnummeret i CPR-systemet«, table of the 7th
 * digit). Modulus 11 is not checked: since 1 October 2007 numbers without it are issued, so it proves nothing.
 *
 * <p>A CPR number is sensitive personal data. This class never reveals it by accident: {@link #toString()} and
 * {@link #masked()} give DDMMYY-XXXX, and no exception message contains the number. Only {@link #value()} gives
 * the full number, for the database and for a caseworker's screen that shows it on purpose.
 */
public final class Cpr {

    private final String value;
    private final LocalDate birthDate;

    private Cpr(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses a CPR number, with or without the hyphen after the date. Throws {@link InvalidInputException} on
     * field {@code cpr} with a Danish reason that never repeats the number.
     */
    public static Cpr of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("cpr", "CPR-nummer mangler");
        }
        String digits = text.strip();
        if (digits.length() == 11 && digits.charAt(6) == '-') {
            digits = digits.substring(0, 6) + digits.substring(7);
        }
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException("cpr", "CPR-nummeret skal være 10 cifre (DDMMÅÅ-XXXX)");
        }
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int yy = Integer.parseInt(digits.substring(4, 6));
        int seventh = digits.charAt(6) - '0';
        try {
            return new Cpr(digits, LocalDate.of(century(seventh, yy) + yy, month, day));
        } catch (DateTimeException e) {
            throw new InvalidInputException("cpr", "CPR-nummerets første seks cifre er ikke en gyldig dato (DDMMÅÅ)");
        }
    }

    /** True if the text is a valid CPR number; never throws. */
    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /**
     * The century from the 7th digit (CPR-kontoret): 0–3 → 1900-tallet; 4 and 9 → 2000-tallet for år 00–36,
     * 1900-tallet for 37–99; 5–8 → 2000-tallet for 00–57, 1800-tallet for 58–99.
     */
    static int century(int seventh, int yy) {
        if (seventh <= 3) {
            return 1900;
        }
        if (seventh == 4 || seventh == 9) {
            return yy <= 36 ? 2000 : 1900;
        }
        return yy <= 57 ? 2000 : 1800;
    }

    /** The full ten digits, for storage and for screens that show the number on purpose. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** DDMMYY-XXXX: what lists, logs and reports show. */
    public String masked() {
        return mask(value);
    }

    /** Masks a stored ten-digit number as DDMMYY-XXXX. */
    public static String mask(String tenDigits) {
        return tenDigits.substring(0, 6) + "-XXXX";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cpr other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
