package dk.fleksjob.store;

import dk.fleksjob.rules.fleksloentilskud.Maanedsloen;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * A synthetic national month for the benchmark and the fault test: N persons in a fleksjob (valid, made-up CPR
 * numbers), each with a grant and an employment, and the income file of a month. The same seed gives the same
 * persons and the same file.
 */
public final class SyntheticMonth {

    static final BigDecimal PENSION_PROCENT = new BigDecimal("12");

    private final int persons;
    private final long seed;

    public SyntheticMonth(int persons, long seed) {
        this.persons = persons;
        this.seed = seed;
    }

    /** Person i's CPR: a date in 1950–1999 and a serial whose 7th digit is 0–3 (1900s), unique for i < 16.800.000. */
    public static String cpr(int i) {
        int serial = i % 4000;
        int d = i / 4000;
        int day = 1 + d % 28;
        int month = 1 + (d / 28) % 12;
        int year = 50 + (d / 336) % 50;
        return String.format("%02d%02d%02d%04d", day, month, year, serial);
    }

    static String cvr(int i) {
        return String.valueOf(10_000_000 + (i % 9973) * 9001 % 89_999_999);
    }

    private record Job(BigDecimal hours, BigDecimal hourly, String cvr) {
        BigDecimal hourlyInclPension() {
            return hourly.multiply(BigDecimal.ONE.add(PENSION_PROCENT.movePointLeft(2)));
        }
    }

    private Job job(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        // Synthetic agreements, not rates: 5–30 hours a week at an hourly wage of 130,00–280,00 kr. (in øre).
        int hours = 5 + r.nextInt(26);
        long hourlyOere = 130_00 + r.nextInt(150_01);
        return new Job(BigDecimal.valueOf(hours), BigDecimal.valueOf(hourlyOere, 2), cvr(i));
    }

    /** Inserts the persons, their grants and employments in one transaction (plain JDBC batches). */
    public void seed(DataSource ds, String jobcenterPrefix) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.parse("2024-01-01T00:00:00Z"));
            try (PreparedStatement ps = c.prepareStatement("insert into person (jobcenter, cpr, navn, version, oprettet) "
                + "values (?, ?, ?, 0, ?)")) {
                for (int i = 0; i < persons; i++) {
                    ps.setString(1, jobcenterPrefix + (100 + i % 98));
                    ps.setString(2, cpr(i));
                    ps.setString(3, "Person " + i);
                    ps.setTimestamp(4, now);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement g = c.prepareStatement("insert into bevilling (person_id, bevillingstype, fra, til, "
                + "version) select id, 'MIDLERTIDIG', ?, ?, 0 from person")) {
                g.setDate(1, Date.valueOf(LocalDate.of(2022, 1, 1)));
                g.setDate(2, Date.valueOf(LocalDate.of(2026, 12, 31)));
                g.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into ansaettelse (person_id, cvr, fra, til, timer_pr_uge, "
                + "intensitet, timeloen, pension_procent, fuldtidsloen, version) values ((select id from person where "
                + "cpr = ?), ?, ?, null, ?, 1, ?, ?, ?, 0)")) {
                for (int i = 0; i < persons; i++) {
                    Job j = job(i);
                    ps.setString(1, cpr(i));
                    ps.setString(2, j.cvr());
                    ps.setDate(3, Date.valueOf(LocalDate.of(2022, 1, 1)));
                    ps.setBigDecimal(4, j.hours());
                    ps.setBigDecimal(5, j.hourly());
                    ps.setBigDecimal(6, PENSION_PROCENT);
                    ps.setBigDecimal(7, Maanedsloen.fromHourly(j.hourlyInclPension(), BigDecimal.valueOf(37)));
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /**
     * The income file for the month: one line per person (wage around the agreed one, ± 10 pct.), except every
     * 100th person whose employer has not reported yet; and, if {@code correctedMonth} is given, a corrected line
     * for that month for every 50th person.
     */
    public byte[] incomeFile(YearMonth incomeMonth, YearMonth correctedMonth) {
        StringBuilder out = new StringBuilder(persons * 64);
        out.append(String.join(";", IncomeCsv.HEADER)).append('\n');
        for (int i = 0; i < persons; i++) {
            if (i % 100 != 42) {
                line(out, i, incomeMonth, 0);
            }
            if (correctedMonth != null && i % 50 == 7) {
                line(out, i, correctedMonth, 1);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void line(StringBuilder out, int i, YearMonth month, int variant) {
        Job j = job(i);
        SplittableRandom r = new SplittableRandom(seed ^ (i * 31L + month.hashCode() * 7L + variant));
        BigDecimal expected = Maanedsloen.fromHourly(j.hourly(), j.hours());
        BigDecimal wage = expected.multiply(BigDecimal.valueOf(90 + r.nextInt(21), 2)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal pension = wage.multiply(PENSION_PROCENT.movePointLeft(2)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal own = pension.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
        BigDecimal hours = j.hours().multiply(new BigDecimal("4.33")).setScale(2, RoundingMode.HALF_UP);
        out.append(cpr(i)).append(';').append(j.cvr()).append(';').append(month).append(';').append(wage.toPlainString())
            .append(';').append(own.toPlainString()).append(';').append(pension.subtract(own).toPlainString()).append(';')
            .append(hours.toPlainString()).append('\n');
    }
}
