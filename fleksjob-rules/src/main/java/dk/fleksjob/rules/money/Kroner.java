package dk.fleksjob.rules.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

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

    /** Danish notation of a plain number with the given decimals: 1.234,5 */
    public static String number(BigDecimal value, int decimals) {
        if (decimals < FORMATS_KEPT) {
            // DecimalFormat is costly to build and not thread-safe: one per thread and number of decimals
            return FORMATS.get()[decimals].format(value);
        }
        return newFormat(decimals).format(value);
    }

    private static final int FORMATS_KEPT = 8;
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> {
        DecimalFormat[] formats = new DecimalFormat[FORMATS_KEPT];
        for (int d = 0; d < FORMATS_KEPT; d++) {
            formats[d] = newFormat(d);
        }
        return formats;
    });

    private static DecimalFormat newFormat(int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(DANISH);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** Danish notation without trailing zeros: 18; 4,3333; 0,5 */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int decimals = Math.max(0, stripped.scale());
        return number(stripped, decimals);
    }
}
