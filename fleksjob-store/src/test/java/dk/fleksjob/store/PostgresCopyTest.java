package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The rows a payout run copies into PostgreSQL read back exactly as they were given, whatever their characters. */
class PostgresCopyTest {

    @Test
    void textWithTabsNewlinesBackslashesAndDanishLettersBytesAmountsAndNullsReadBackUnchanged() throws Exception {
        DataSource ds = TestDatabases.fresh(TestDatabases.Kind.POSTGRES);
        String awkward = "Løn\tfor\nmaj \\ juni\r »−« æøå \\N";
        byte[] bytes = {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff, '\\', '\t', '\n'};
        Instant when = Instant.parse("2025-03-31T22:15:30.123456Z");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            assertThat(PostgresCopy.supports(c)).isTrue();
            c.createStatement().execute("create table t (id bigint, m char(7), tekst varchar(200), beloeb numeric(12,2), "
                + "data bytea, tid timestamp with time zone, art varchar(20), intet integer)");
            PostgresCopy copy = new PostgresCopy("t (id, m, tekst, beloeb, data, tid, art, intet)", 8);
            copy.row(1L, YearMonth.of(2025, 3), awkward, new BigDecimal("-12345.67"), bytes, when, Payout.Art.ORDINAER,
                null);
            copy.row(2L, YearMonth.of(2025, 4), "", new BigDecimal("0.00"), new byte[0], when, Payout.Art.EFTERREGULERING,
                7);
            assertThat(copy.into(c)).isEqualTo(2);
            // The buffer is kept for the next chunk: after a reset only the new rows are sent.
            assertThat(copy.reset().row(3L, YearMonth.of(2025, 5), "tredje", BigDecimal.ONE, bytes, when,
                Payout.Art.ORDINAER, null).into(c)).isEqualTo(1);
            c.commit();
            try (ResultSet rs = c.createStatement().executeQuery("select * from t order by id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong("id")).isEqualTo(1);
                assertThat(rs.getString("m")).isEqualTo("2025-03");
                assertThat(rs.getString("tekst")).isEqualTo(awkward);
                assertThat(rs.getBigDecimal("beloeb")).isEqualByComparingTo("-12345.67");
                assertThat(rs.getBytes("data")).isEqualTo(bytes);
                assertThat(rs.getTimestamp("tid").toInstant()).isEqualTo(when);
                assertThat(rs.getString("art")).isEqualTo("ORDINAER");
                assertThat(rs.getString("intet")).isNull();
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("tekst")).isEmpty();
                assertThat(rs.getBytes("data")).isEmpty();
                assertThat(rs.getString("art")).isEqualTo("EFTERREGULERING");
                assertThat(rs.getInt("intet")).isEqualTo(7);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("tekst")).isEqualTo("tredje");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    /**
     * Amounts and time stamps go in PostgreSQL's binary form: whatever their sign, size and decimals, they read back
     * as given; a time stamp is rounded to the microsecond as PostgreSQL rounds one given as text (an exact half up:
     * PostgreSQL's own rounding of a half goes through a double, so those are compared with the rule, not with it).
     * Seeded, so a failure can be repeated.
     */
    @Test
    void amountsAndTimeStampsOfEveryKindReadBackAsPostgresqlReadsThemAsText() throws Exception {
        DataSource ds = TestDatabases.fresh(TestDatabases.Kind.POSTGRES);
        Random random = new Random(20251207);
        List<BigDecimal> amounts = new ArrayList<>(List.of(BigDecimal.ZERO,
            new BigDecimal("0.00"), new BigDecimal("-0.01"), new BigDecimal("0.0001"), new BigDecimal("10000"),
            new BigDecimal("9999.9999"), new BigDecimal("1E+3"), new BigDecimal("123456789012.34"),
            new BigDecimal("-100000000.00"), new BigDecimal("0.1000"), new BigDecimal("19.5")));
        List<Instant> times = new ArrayList<>(List.of(Instant.parse("2000-01-01T00:00:00Z"),
            Instant.parse("1999-12-31T23:59:59.999999Z"), Instant.parse("1970-01-01T00:00:00.000000499Z"),
            Instant.parse("2026-12-07T08:00:00.123456501Z"), Instant.parse("2038-01-19T03:14:08Z")));
        for (int i = 0; i < 300; i++) {
            amounts.add(BigDecimal.valueOf(random.nextLong() % 100_000_000_000_000L, random.nextInt(7)));
            int nanos = random.nextInt(1_000_000_000);
            times.add(Instant.ofEpochSecond(random.nextInt(), nanos % 1000 == 500 ? nanos + 1 : nanos));
        }
        assertThat(PostgresCopy.micros(Instant.parse("2000-01-01T00:00:00.0000005Z"))).isEqualTo(1);
        assertThat(PostgresCopy.micros(Instant.parse("1999-12-31T23:59:59.9999995Z"))).isZero();
        assertThat(PostgresCopy.micros(Instant.parse("1999-12-31T23:59:59.999999Z"))).isEqualTo(-1);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.createStatement().execute("create table t (id integer, beloeb numeric, tid timestamp with time zone, "
                + "som_tekst timestamp with time zone)");
            PostgresCopy copy = new PostgresCopy("t (id, beloeb, tid)", 3);
            for (int i = 0; i < Math.max(amounts.size(), times.size()); i++) {
                copy.row(i, amounts.get(i % amounts.size()), times.get(i % times.size()));
            }
            copy.into(c);
            // The same instants given as text, for PostgreSQL to round its own way.
            try (PreparedStatement ps = c.prepareStatement("update t set som_tekst = ?::timestamptz "
                + "where id = ?")) {
                for (int i = 0; i < times.size(); i++) {
                    ps.setString(1, times.get(i).toString());
                    ps.setInt(2, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (ResultSet rs = c.createStatement().executeQuery("select id, beloeb::text, tid = som_tekst, tid::text, "
                + "som_tekst::text from t order by id")) {
                while (rs.next()) {
                    int i = rs.getInt(1);
                    assertThat(rs.getString(2)).as("beløb nr. %d", i)
                        .isEqualTo(amounts.get(i % amounts.size()).toPlainString());
                    if (i < times.size()) {
                        assertThat(rs.getBoolean(3)).as("tid %s: %s mod %s", times.get(i), rs.getString(4),
                            rs.getString(5)).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void aValueOfAnotherTypeThanItsColumnIsRefusedByTheServerNotReadWrongly() throws Exception {
        DataSource ds = TestDatabases.fresh(TestDatabases.Kind.POSTGRES);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.createStatement().execute("create table t (id integer)");
            PostgresCopy copy = new PostgresCopy("t (id)", 1).row(5L);
            assertThatThrownBy(() -> copy.into(c)).isInstanceOf(SQLException.class)
                .hasMessageContaining("binary");
        }
    }

    @Test
    void aRowWithTooFewOrTooManyValuesIsRefusedBeforeAnythingIsSent() {
        PostgresCopy copy = new PostgresCopy("t (a, b)", 2);
        assertThatThrownBy(() -> copy.row(1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> copy.row(1L, 2L, 3L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> copy.row(1L, new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThat(copy.rows()).isZero();
    }

    @Test
    void anH2ConnectionIsNotCopiedTo() throws Exception {
        try (Connection c = TestDatabases.fresh(TestDatabases.Kind.H2).getConnection()) {
            assertThat(PostgresCopy.supports(c)).isFalse();
        }
    }
}
