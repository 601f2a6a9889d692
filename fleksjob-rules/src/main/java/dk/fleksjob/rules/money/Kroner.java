package dk.fleksjob.rules.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Kroner og øre: exact amounts and the rounding rules the law uses.
 *
 * <p>Amounts are {@link BigDecimal} in kroner. Two roundings occur in the fleksjob rules:
 * <ul>
 *   <li>{@link #toWholeKroner} — "afrundes til nærmeste hele kronebeløb" (BEK om beregning af og
 *       fradrag i fleksløntilskud § 2; BEK om ATP-bidrag § 2): half a krone rounds up;</li>
 *   <li>{@link #toOere} — an amount of money kept to the øre, half an øre rounds up.</li>
 * </ul>
 */
public final class Kroner {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Kroner() {
    }

    /** Nearest whole krone, half up; scale 2 so it prints as 15600.00. */
    public static BigDecimal toWholeKroner(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).setScale(2);
    }

    /** Nearest øre, half up. */
    public static BigDecimal toOere(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Danish notation with øre: 1.234,56 kr. */
    public static String format(BigDecimal amount) {
        return number(amount, 2) + " kr.";
    }

    /** Danish notation of a plain number with the given decimals: 1.234,5 (half up). */
    public static String number(BigDecimal value, int decimals) {
        // Written out by hand: DecimalFormat is slow to build and not thread-safe, and every explanation step
        // formats several amounts.
        String plain = value.setScale(decimals, RoundingMode.HALF_UP).abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 1);
        if (value.signum() < 0 && value.setScale(decimals, RoundingMode.HALF_UP).signum() != 0) {
            out.append('-');
        }
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            out.append('.').append(whole, i, i + 3);
        }
        if (dot >= 0) {
            out.append(',').append(plain, dot + 1, plain.length());
        }
        return out.toString();
    }

    /** Danish notation without trailing zeros: 18; 4,3333; 0,5 */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int decimals = Math.max(0, stripped.scale());
        return number(stripped, decimals);
    }
}
