package dk.fleksjob.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small JSON writer straight to UTF-8 bytes, for what the store writes for every payout of a run (the stored
 * explanation and the input). Why not Jackson or a {@code StringBuilder}: a national run writes 110.000 of them,
 * and a sentence with a character outside Latin-1 (the minus sign »−«) turns a {@code StringBuilder} into UTF-16
 * and makes the final conversion to bytes the slow path (docs/benchmarks.md, "Store").
 *
 * <p>Strings are escaped as JSON requires; an unpaired surrogate becomes '?', as {@link String#getBytes} does.
 */
final class Utf8Json {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] buf;
    private int n;

    Utf8Json(int capacity) {
        buf = new byte[capacity];
    }

    /** Writes ASCII text that needs no escaping (JSON punctuation, names known to be plain). */
    @SuppressWarnings("deprecation")
    Utf8Json raw(String ascii) {
        ensure(ascii.length());
        // The low byte of each character, copied in bulk: exact for ASCII, and no loop over charAt under C1.
        ascii.getBytes(0, ascii.length(), buf, n);
        n += ascii.length();
        return this;
    }

    Utf8Json raw(char ascii) {
        ensure(1);
        buf[n++] = (byte) ascii;
        return this;
    }

    /** Writes a JSON string: quoted, escaped, UTF-8. */
    Utf8Json string(String s) {
        // Under C1, the CLI's compiler, a loop over charAt costs several calls a character; String.getBytes encodes
        // in bulk (a copy for ASCII), and a string with nothing to escape — nearly every sentence — is copied as it is.
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (!needsEscape(utf8)) {
            ensure(utf8.length + 2);
            buf[n++] = '"';
            System.arraycopy(utf8, 0, buf, n, utf8.length);
            n += utf8.length;
            buf[n++] = '"';
            return this;
        }
        return escaped(s);
    }

    /** Whether UTF-8 bytes hold a quote, a backslash or a control character (bytes of other characters are < 0). */
    private static boolean needsEscape(byte[] utf8) {
        for (byte x : utf8) {
            if (x >= 0 && (x < 0x20 || x == '"' || x == '\\')) {
                return true;
            }
        }
        return false;
    }

    private Utf8Json escaped(String s) {
        ensure(s.length() * 3 + 2);
        byte[] b = buf;
        int p = n;
        b[p++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[p++] = (byte) c;
                } else {
                    n = p;
                    // An escape takes up to 6 bytes where 3 were reserved: keep room for the rest of the string.
                    ensure(6 + 3 * (s.length() - i) + 1);
                    escape(c);
                    b = buf;
                    p = n;
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[p++] = '?';
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        b[p++] = '"';
        n = p;
        return this;
    }

    /** Writes {@code "name":} (the name plain ASCII), with a comma before it unless it is the first field. */
    Utf8Json name(String name, boolean first) {
        ensure(name.length() + 4);
        if (!first) {
            buf[n++] = ',';
        }
        buf[n++] = '"';
        for (int i = 0; i < name.length(); i++) {
            buf[n++] = (byte) name.charAt(i);
        }
        buf[n++] = '"';
        buf[n++] = ':';
        return this;
    }

    /** Writes a number as plain digits (15600.00, never 1.56E+4), as the store's JSON does. */
    Utf8Json number(BigDecimal value) {
        int scale = value.scale();
        if (scale < 0 || scale > 18 || value.precision() > 18) {
            return raw(value.toPlainString());
        }
        // An amount (scale 2, well inside a long) is written from its unscaled digits, without toPlainString's
        // StringBuilder and String for every amount of every step.
        long unscaled = value.movePointRight(scale).longValue();
        ensure(20 + 2 + scale);
        if (unscaled < 0) {
            buf[n++] = '-';
        }
        long abs = Math.abs(unscaled);
        long unit = POWERS_OF_TEN[scale];
        digits(abs / unit, 1);
        if (scale > 0) {
            buf[n++] = '.';
            digits(abs % unit, scale);
        }
        return this;
    }

    /** Writes a non-negative number with at least {@code width} digits (zeros in front). */
    private void digits(long value, int width) {
        int end = n + Math.max(width, digitCount(value));
        for (int p = end - 1; p >= n; p--) {
            buf[p] = (byte) ('0' + value % 10);
            value /= 10;
        }
        n = end;
    }

    private static int digitCount(long value) {
        int count = 1;
        while (count < 19 && value >= POWERS_OF_TEN[count]) {
            count++;
        }
        return count;
    }

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    Utf8Json number(long value) {
        return raw(Long.toString(value));
    }

    /** Empties it to be written again, keeping its buffer. */
    Utf8Json reset() {
        n = 0;
        return this;
    }

    /** The bytes written so far are {@code buffer()[0 .. size())}; the array is not copied. */
    byte[] buffer() {
        return buf;
    }

    int size() {
        return n;
    }

    byte[] toBytes() {
        return Arrays.copyOf(buf, n);
    }

    @Override
    public String toString() {
        return new String(buf, 0, n, StandardCharsets.UTF_8);
    }

    private void escape(char c) {
        buf[n++] = '\\';
        switch (c) {
            case '"' -> buf[n++] = '"';
            case '\\' -> buf[n++] = '\\';
            case '\n' -> buf[n++] = 'n';
            case '\r' -> buf[n++] = 'r';
            case '\t' -> buf[n++] = 't';
            default -> {
                buf[n++] = 'u';
                buf[n++] = '0';
                buf[n++] = '0';
                buf[n++] = HEX[c >> 4];
                buf[n++] = HEX[c & 0xF];
            }
        }
    }

    private void ensure(int more) {
        if (n + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
        }
    }
}
