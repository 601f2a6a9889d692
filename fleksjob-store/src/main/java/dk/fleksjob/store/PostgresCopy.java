package dk.fleksjob.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format: how a payout run writes a chunk's payouts on
 * PostgreSQL. Batched inserts cost the server a statement per row; COPY takes the chunk as one stream, which made
 * PostgreSQL's share of writing a national month's 110.000 payouts about a third smaller (docs/benchmarks.md,
 * "Store"). The rows go in the caller's transaction, with the table's keys, foreign keys and checks as for an insert.
 *
 * <p>Values are written as PostgreSQL reads them in the text format: {@code \N} for null, strings with backslash,
 * tab, newline and carriage return escaped, bytes as {@code \\x} and hex, instants in ISO 8601 UTC.
 */
final class PostgresCopy {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final String table;
    private final int columns;
    private byte[] buf = new byte[64 * 1024];
    private int n;
    private int inRow;
    private int rows;
    /** The last instant written and its text: a chunk's rows are all stamped with the same. */
    private Instant instant;
    private String instantText;

    /** @param table the table and its columns, as in {@code udbetaling (person_id, maaned, …)} */
    PostgresCopy(String table, int columns) {
        this.table = table;
        this.columns = columns;
    }

    /** Whether the connection is to PostgreSQL (also through a pool's wrapper). */
    static boolean supports(Connection c) throws SQLException {
        return c.isWrapperFor(PGConnection.class);
    }

    /** Adds one row: the values in the order of the columns. */
    PostgresCopy row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " værdier til " + columns + " kolonner");
        }
        for (Object v : values) {
            value(v);
        }
        return this;
    }

    private void value(Object v) {
        if (inRow > 0) {
            put((byte) '\t');
        }
        if (v == null) {
            ascii("\\N");
        } else if (v instanceof String s) {
            text(s);
        } else if (v instanceof Long || v instanceof Integer) {
            ascii(v.toString());
        } else if (v instanceof BigDecimal d) {
            ascii(d.toPlainString());
        } else if (v instanceof Instant t) {
            if (!t.equals(instant)) {
                instant = t;
                instantText = t.toString();
            }
            ascii(instantText);
        } else if (v instanceof YearMonth) {
            ascii(v.toString());
        } else if (v instanceof Enum<?> e) {
            text(e.name());
        } else if (v instanceof byte[] b) {
            hex(b);
        } else {
            throw new IllegalArgumentException("ukendt værditype " + v.getClass().getSimpleName());
        }
        if (++inRow == columns) {
            put((byte) '\n');
            inRow = 0;
            rows++;
        }
    }

    int rows() {
        return rows;
    }

    /** Empties it for the next chunk's rows, keeping its buffer. */
    PostgresCopy reset() {
        n = 0;
        inRow = 0;
        rows = 0;
        return this;
    }

    /** Copies the rows into the table on the connection, in its current transaction; returns how many. */
    long into(Connection c) throws SQLException {
        if (inRow != 0) {
            throw new IllegalStateException("en række mangler " + (columns - inRow) + " værdier");
        }
        if (rows == 0) {
            return 0;
        }
        try {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin",
                new ByteArrayInputStream(buf, 0, n));
        } catch (IOException e) {
            throw new SQLException("COPY til " + table + " mislykkedes", "08006", e);
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[n++] = (byte) s.charAt(i);
        }
    }

    /** A string in UTF-8, with the four characters the text format gives a meaning escaped. */
    private void text(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        ensure(2 * utf8.length);
        for (byte b : utf8) {
            byte escaped = switch (b) {
                case '\\' -> (byte) '\\';
                case '\t' -> (byte) 't';
                case '\n' -> (byte) 'n';
                case '\r' -> (byte) 'r';
                default -> 0;
            };
            if (escaped == 0) {
                buf[n++] = b;
            } else {
                buf[n++] = '\\';
                buf[n++] = escaped;
            }
        }
    }

    /** Bytes as bytea's hex input {@code \x…}, its backslash doubled for the text format. */
    private void hex(byte[] b) {
        ensure(3 + 2 * b.length);
        buf[n++] = '\\';
        buf[n++] = '\\';
        buf[n++] = 'x';
        for (byte x : b) {
            buf[n++] = HEX[(x >> 4) & 0xF];
            buf[n++] = HEX[x & 0xF];
        }
    }

    private void put(byte b) {
        ensure(1);
        buf[n++] = b;
    }

    private void ensure(int more) {
        if (n + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, n + more));
        }
    }
}
