package dk.fleksjob.rules.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

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
        return number(amount, 2, KR);
    }

    /** Danish notation of a plain number with the given decimals: 1.234,5 (half up). */
    public static String number(BigDecimal value, int decimals) {
        return number(value, decimals, NO_SUFFIX);
    }

    private static final byte[] KR = " kr.".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] NO_SUFFIX = new byte[0];

    private static String number(BigDecimal value, int decimals, byte[] suffix) {
        // Written out by hand: DecimalFormat is slow to build and not thread-safe, and every explanation step
        // formats several amounts (a national payout run formats about 40 per person). The digits go into Latin-1
        // bytes with the suffix, so the String is made in one copy (docs/benchmarks.md, "Store").
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.precision() > 18 || decimals > 18) {
            return number(rounded.toPlainString(), rounded.signum() < 0)
                + new String(suffix, StandardCharsets.ISO_8859_1);
        }
        // movePointRight of a small BigDecimal gives one of scale 0, whose longValue is its unscaled value.
        long unscaled = rounded.movePointRight(decimals).longValue();
        long abs = Math.abs(unscaled);
        long unit = POWERS_OF_TEN[decimals];
        long whole = abs / unit;
        long fraction = abs % unit;
        byte[] out = new byte[48];
        int p = out.length - suffix.length;
        System.arraycopy(suffix, 0, out, p, suffix.length);
        for (int i = 0; i < decimals; i++) {
            out[--p] = (byte) ('0' + fraction % 10);
            fraction /= 10;
        }
        if (decimals > 0) {
            out[--p] = ',';
        }
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0) {
                out[--p] = '.';
            }
            out[--p] = (byte) ('0' + whole % 10);
            whole /= 10;
            digits++;
        } while (whole > 0);
        if (unscaled < 0) {
            out[--p] = '-';
        }
        return new String(out, p, out.length - p, StandardCharsets.ISO_8859_1);
    }

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** The same notation from the digits of a rounded amount too large for a long. */
    private static String number(String roundedPlain, boolean negative) {
        String plain = negative ? roundedPlain.substring(1) : roundedPlain;
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 2);
        if (negative) {
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
