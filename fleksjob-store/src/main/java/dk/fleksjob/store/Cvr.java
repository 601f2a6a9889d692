package dk.fleksjob.store;

import dk.fleksjob.rules.InvalidInputException;

/**
 * CVR-nummer — the employer's number in the Central Business Register: eight digits, the first not 0.
 *
 * @param value the eight digits
 */
public record Cvr(String value) {

    public Cvr {
        if (value == null || value.length() != 8 || value.charAt(0) == '0'
            || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException("cvr", "CVR-nummeret skal være 8 cifre");
        }
    }

    public static Cvr of(String text) {
        return new Cvr(text == null ? null : text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
