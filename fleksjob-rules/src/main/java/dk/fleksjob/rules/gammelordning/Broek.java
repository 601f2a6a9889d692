package dk.fleksjob.rules.gammelordning;

import dk.fleksjob.rules.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Tilskudsbrøken — the fraction of the wage refunded to the employer in the old scheme: »halvdelen eller to
 * tredjedele af lønnen afhængigt af graden af den nedsatte arbejdsevne« (LAB § 133, stk. 2). The two fractions are
 * the law's structure, not a rate that is regulated; they are kept exact (⅔ is not a finite decimal).
 */
public enum Broek {
    HALV("1/2", "halvdelen", 1, 2),
    TO_TREDJEDELE("2/3", "to tredjedele", 2, 3);

    private final String code;
    private final String danish;
    private final BigDecimal numerator;
    private final BigDecimal denominator;

    Broek(String code, String danish, int numerator, int denominator) {
        this.code = code;
        this.danish = danish;
        this.numerator = BigDecimal.valueOf(numerator);
        this.denominator = BigDecimal.valueOf(denominator);
    }

    public String code() {
        return code;
    }

    public String danish() {
        return danish;
    }

    /** The fraction of an amount, exact to 16 digits (round the result where the rule rounds). */
    public BigDecimal of(BigDecimal amount) {
        return amount.multiply(numerator).divide(denominator, MathContext.DECIMAL64);
    }

    public static Broek parse(String text) {
        String t = text == null ? "" : text.trim();
        for (Broek b : values()) {
            if (b.code.equals(t)) {
                return b;
            }
        }
        throw new InvalidInputException("brok", "'" + text + "' er ikke en tilskudsbrøk (1/2 eller 2/3)");
    }
}
