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
import org.postgresql.util.ByteConverter;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its binary format: how a payout run writes a chunk's payouts on
 * PostgreSQL. Batched inserts cost the server a statement per row; COPY takes the chunk as one stream, which made
 * PostgreSQL's share of writing a national month's 110.000 payouts about a third smaller (docs/benchmarks.md,
 * "Store"). The binary format spares the server parsing text: the same 110.000 rows took it about half the time
 * in binary as in text (the amounts, the hex of the explanations, the time stamps). The rows go in the caller's
 * transaction, with the table's keys, foreign keys and checks as for an insert.
 *
 * <p>In the binary format each value must be of its column's type, as PostgreSQL reads it: {@code Long} for
 * {@code bigint}, {@code Integer} for {@code integer}, {@code BigDecimal} for {@code numeric}, {@code Instant} for
 * {@code timestamp with time zone}, {@code byte[]} for {@code bytea}, and a {@code String}, {@code YearMonth} or enum
 * (its name) for the text types. A value of another type is refused by the server ("incorrect binary data format"),
 * never read wrongly.
 */
final class PostgresCopy {

    /** The binary format's signature, then the flags and the header extension's length (both none). */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0,
        0, 0, 0};
    /** PostgreSQL counts time in microseconds from 1 January 2000, UTC. */
    private static final long EPOCH_2000 = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

    private final String table;
    private final int columns;
    private byte[] buf = new byte[64 * 1024];
    private int n;
    private int rows;

    /** @param table the table and its columns, as in {@code udbetaling (person_id, maaned, …)} */
    PostgresCopy(String table, int columns) {
        this.table = table;
        this.columns = columns;
        reset();
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
        int start = n;
        try {
            int16(columns);
            for (Object v : values) {
                value(v);
            }
        } catch (IllegalArgumentException e) {
            n = start;
            throw e;
        }
        rows++;
        return this;
    }

    /** One field: its length in bytes (-1 for null), then the bytes as the column's type receives them. */
    private void value(Object v) {
        if (v == null) {
            int32(-1);
        } else if (v instanceof Long l) {
            int32(8);
            int64(l);
        } else if (v instanceof Integer i) {
            int32(4);
            int32(i);
        } else if (v instanceof BigDecimal d) {
            bytes(ByteConverter.numeric(d));
        } else if (v instanceof String s) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof YearMonth m) {
            bytes(m.toString().getBytes(StandardCharsets.US_ASCII));
        } else if (v instanceof Enum<?> e) {
            bytes(e.name().getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof byte[] b) {
            bytes(b);
        } else if (v instanceof Instant t) {
            int32(8);
            int64(micros(t));
        } else {
            throw new IllegalArgumentException("ukendt værditype " + v.getClass().getSimpleName());
        }
    }

    /** Microseconds from 2000, rounded to the nearest as PostgreSQL rounds a time stamp's text. */
    static long micros(Instant t) {
        return (t.getEpochSecond() - EPOCH_2000) * 1_000_000 + (t.getNano() + 500) / 1000;
    }

    int rows() {
        return rows;
    }

    /** Empties it for the next chunk's rows, keeping its buffer. */
    PostgresCopy reset() {
        System.arraycopy(HEADER, 0, buf, 0, HEADER.length);
        n = HEADER.length;
        rows = 0;
        return this;
    }

    /** Copies the rows into the table on the connection, in its current transaction; returns how many. */
    long into(Connection c) throws SQLException {
        if (rows == 0) {
            return 0;
        }
        int end = n;
        int16(-1);
        try {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin (format binary)",
                new ByteArrayInputStream(buf, 0, n));
        } catch (IOException e) {
            throw new SQLException("COPY til " + table + " mislykkedes", "08006", e);
        } finally {
            // The trailer goes with each copy; more rows may follow before the next.
            n = end;
        }
    }

    private void bytes(byte[] b) {
        int32(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
    }

    private void int16(int v) {
        ensure(2);
        buf[n++] = (byte) (v >>> 8);
        buf[n++] = (byte) v;
    }

    private void int32(int v) {
        ensure(4);
        buf[n++] = (byte) (v >>> 24);
        buf[n++] = (byte) (v >>> 16);
        buf[n++] = (byte) (v >>> 8);
        buf[n++] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }

    private void ensure(int more) {
        if (n + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, n + more));
        }
    }
}
