package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault test: the payout run is started as its own process and killed with SIGKILL ({@code destroyForcibly}) at
 * random points, N times, then started again to the end. The payouts and flags must equal those of an uninterrupted
 * run: no duplicates, nothing missing, nothing half-written.
 */
abstract class KillDashNineContract {

    static final int PERSONS = 1000;
    static final int KILLS = 5;
    static final YearMonth APRIL = YearMonth.of(2024, 4);
    static final YearMonth MAY = YearMonth.of(2024, 5);

    @TempDir
    Path dir;

    /** A fresh database: its JDBC URL, user and password. */
    abstract String[] freshDatabase(String name);

    @Test
    void killedRunsEndWhereAnUninterruptedRunEnds() throws Exception {
        SyntheticMonth month = new SyntheticMonth(PERSONS, 7);
        Path file = dir.resolve("maj.csv");
        // May's file: April's wage for (almost) everybody, and corrected March wage for every 50th person, which
        // makes efterreguleringer of April's payouts.
        Files.write(file, month.incomeFile(APRIL, YearMonth.of(2024, 3)));

        String[] reference = prepared(month, "ref");
        Process clean = child(reference, file);
        awaitReady(clean);
        long t0 = System.nanoTime();
        assertThat(clean.waitFor()).isZero();
        long cleanMillis = (System.nanoTime() - t0) / 1_000_000;

        String[] killed = prepared(month, "kill");
        Random random = new Random(20240501);
        List<String> kills = new ArrayList<>();
        int partial = 0;
        for (int k = 0; k < KILLS; k++) {
            // A random point in the k-th fifth of a clean run (import, corrections, payouts), after JVM start.
            long delay = (long) (cleanMillis * (k + random.nextDouble()) / KILLS);
            Process p = child(killed, file);
            awaitReady(p);
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor();
            }
            long imports = count(killed, "select count(*) from indkomst_import");
            long corrections = count(killed, "select count(*) from udbetaling where maaned = '2024-04' and loebenummer > 1");
            long rows = count(killed, "select count(*) from udbetaling where maaned = '2024-05'");
            partial += !finished && rows < PERSONS ? 1 : 0;
            kills.add((finished ? "finished" : "killed") + " after " + delay + " ms: " + (imports - 1)
                + " May import, " + corrections + " April efterreguleringer, " + rows + " May payouts");
        }
        assertThat(child(killed, file).waitFor()).isZero();

        System.out.println("kill -9 fault test (" + getClass().getSimpleName() + ", clean run " + cleanMillis + " ms): "
            + kills);
        assertThat(snapshot(killed, PAYOUTS)).containsExactlyElementsOf(snapshot(reference, PAYOUTS));
        assertThat(snapshot(killed, FLAGS)).containsExactlyElementsOf(snapshot(reference, FLAGS));
        assertThat(count(killed, "select count(*) from indkomst_import")).isEqualTo(2);
        assertThat(count(killed, "select count(*) from udbetaling where maaned = '2024-05' and loebenummer = 1"))
            .isEqualTo(PERSONS);
        // Every 50th person has a corrected March wage; a few corrections give the same amount and basis.
        assertThat(count(killed, "select count(*) from udbetaling where maaned = '2024-04' and loebenummer = 2"))
            .isBetween(PERSONS / 50L - 10, (long) PERSONS / 50);
        assertThat(partial).as("at least one kill interrupted the run before it was done: " + kills).isPositive();
    }

    static final String PAYOUTS = "select p.cpr, u.maaned, u.loebenummer, u.art, u.status, u.beregnet_tilskud, "
        + "u.tilskud, u.atp, u.udbetalt, u.grundlag_sha256, u.grundlag, u.grundlag_z, (select o.loebenummer from "
        + "udbetaling o where "
        + "o.id = u.refererer_til) from udbetaling u join person p on p.id = u.person_id "
        + "order by p.cpr, u.maaned, u.loebenummer";
    static final String FLAGS = "select p.cpr, f.maaned, f.udbetaling_loebenummer, f.kode, f.hjemmel, f.tekst, "
        + "f.noegle from flag f join person p on p.id = f.person_id order by p.cpr, f.maaned, f.noegle";

    /** A database with the persons and April's payouts done (in this JVM), ready for May. */
    private String[] prepared(SyntheticMonth month, String name) throws SQLException {
        String[] db = freshDatabase(name);
        FleksjobStore store = FleksjobStore.open(ds(db), Clock.systemUTC());
        month.seed(store.dataSource(), "0");
        store.payoutRun().run(Caseworker.system("prep"), APRIL, month.incomeFile(YearMonth.of(2024, 3), null), "april.csv");
        return db;
    }

    /** Reads the child's output up to READY (the JVM started and the schema migrated). */
    private static void awaitReady(Process p) throws Exception {
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
            java.nio.charset.StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals("READY")) {
                return;
            }
        }
        throw new AssertionError("the payout process ended before it was ready (exit " + p.waitFor() + ")");
    }

    private Process child(String[] db, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Xmx512m",
            FaultRunMain.class.getName(), db[0], db[1], db[2], MAY.toString(), file.toString(), "100")
            .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile())).start();
    }

    /** This JVM's access: an H2 file is closed again when the last connection closes, so the child can open it. */
    private static DataSource ds(String[] db) {
        String url = db[0].startsWith("jdbc:h2:") ? db[0] + ";DB_CLOSE_DELAY=0" : db[0];
        return new StoreConfig(url, db[1], db[2]).dataSource();
    }

    private static long count(String[] db, String sql) throws SQLException {
        try (Connection c = ds(db).getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> snapshot(String[] db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = ds(db).getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof byte[] z && rs.getMetaData().getColumnLabel(i).equalsIgnoreCase("grundlag_z")) {
                        // The input is compared as its JSON (below, without the generated import ids).
                        v = new String(PresetDictionary.decompress(z, PresetDictionary.GRUNDLAG.text()),
                            java.nio.charset.StandardCharsets.UTF_8);
                    }
                    b.append(v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : v).append('|');
                }
                // Generated keys may differ: an import rolled back by a kill still used up its identity value (H2
                // and PostgreSQL both keep sequences outside the transaction), so the stored basis names import 34
                // where the clean run names import 2. Everything else must be identical.
                rows.add(b.toString().replaceAll("\"importId\":\\d+", "\"importId\":#"));
            }
        }
        return rows;
    }

    static String path(Path p) {
        return p.toAbsolutePath().toString().replace(File.separatorChar, '/');
    }
}
