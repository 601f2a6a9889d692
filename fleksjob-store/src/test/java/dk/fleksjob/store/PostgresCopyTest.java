package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.YearMonth;
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
                + "data bytea, tid timestamp with time zone, art varchar(20), intet varchar(10))");
            PostgresCopy copy = new PostgresCopy("t (id, m, tekst, beloeb, data, tid, art, intet)", 8);
            copy.row(1L, YearMonth.of(2025, 3), awkward, new BigDecimal("-12345.67"), bytes, when, Payout.Art.ORDINAER,
                null);
            copy.row(2L, YearMonth.of(2025, 4), "", new BigDecimal("0.00"), new byte[0], when, Payout.Art.EFTERREGULERING,
                "x");
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
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("tekst")).isEqualTo("tredje");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void aRowWithTooFewOrTooManyValuesIsRefusedBeforeAnythingIsSent() {
        PostgresCopy copy = new PostgresCopy("t (a, b)", 2);
        assertThatThrownBy(() -> copy.row(1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> copy.row(1L, 2L, 3L)).isInstanceOf(IllegalArgumentException.class);
        assertThat(copy.rows()).isZero();
    }

    @Test
    void anH2ConnectionIsNotCopiedTo() throws Exception {
        try (Connection c = TestDatabases.fresh(TestDatabases.Kind.H2).getConnection()) {
            assertThat(PostgresCopy.supports(c)).isFalse();
        }
    }
}
