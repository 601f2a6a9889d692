package dk.fleksjob.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain JDBC: one transaction per call, parameters bound by type, errors redacted. */
final class Db {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Runs the work in one transaction: all of it is committed, or none of it. */
    <T> T tx(Work<T> work) {
        try (Connection c = open()) {
            return tx(c, work);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** A connection for a series of transactions by {@link #tx(Connection, Work)}; the caller closes it. */
    Connection open() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the original error matters
                }
            }
            throw translate(e);
        }
    }

    /**
     * Runs the work in one transaction on an open connection (from {@link #open()}), for a series of transactions:
     * without a pool, opening a PostgreSQL connection starts a server process and authenticates, which for a payout
     * run's hundreds of chunks was a fifth of its time.
     */
    static <T> T tx(Connection c, Work<T> work) {
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw translate(e);
        } catch (RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original error matters; the connection is closed next
        }
    }

    /**
     * A driver error as a {@link StoreException}. The driver's text can quote the values of a row (H2 prints the
     * offending key, PostgreSQL its detail), so the message is redacted and the cause dropped; the SQL state and
     * the stack are kept for debugging.
     */
    static RuntimeException translate(SQLException e) {
        StoreException out = new StoreException("Databasefejl (SQLState " + e.getSQLState() + "): "
            + firstLine(e.getMessage()));
        out.setStackTrace(e.getStackTrace());
        return out;
    }

    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // Values in H2's message come after "VALUES" or in quotes; drop them outright.
        int values = line.indexOf("VALUES");
        return values < 0 ? line : line.substring(0, values) + "…";
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            set(ps, i + 1, params[i]);
        }
    }

    static void set(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Long l) {
            ps.setLong(i, l);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else if (v instanceof BigDecimal d) {
            ps.setBigDecimal(i, d);
        } else if (v instanceof LocalDate d) {
            // As a LocalDate, as it is read (date): java.sql.Date's calendar shifts dates before 1582 on the way.
            ps.setObject(i, d);
        } else if (v instanceof Instant t) {
            ps.setTimestamp(i, Timestamp.from(t));
        } else if (v instanceof YearMonth m) {
            ps.setString(i, m.toString());
        } else if (v instanceof byte[] b) {
            ps.setBytes(i, b);
        } else if (v instanceof Enum<?> e) {
            ps.setString(i, e.name());
        } else if (v instanceof Cvr cvr) {
            ps.setString(i, cvr.value());
        } else {
            throw new IllegalArgumentException("ukendt parametertype " + v.getClass().getSimpleName());
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        // As a LocalDate straight from the driver: getDate goes through a Calendar for each value (a payout run reads
        // 440.000 dates).
        return rs.getObject(column, LocalDate.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Boolean booleanOrNull(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
