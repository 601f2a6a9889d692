package dk.fleksjob.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not part of the test suite: a national month (110.000 persons' income lines) imported and paid on H2
 * and on PostgreSQL, against a plain bulk load of the same CSV into the same table. Run with
 *
 * <pre>./mvnw -pl fleksjob-store -am test -Dtest=NationalMonthBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfleksjob.benchmark=true [-Dfleksjob.benchmark.persons=110000] [-Dfleksjob.benchmark.databases=h2,postgres] \
 *     [-Dfleksjob.benchmark.cold=false]</pre>
 *
 * <p>Both are measured twice, like with like, three times each, a bulk load and a run in turn (the median counts:
 * single runs vary by ±20 %, and the machine's speed drifts over minutes):
 * <ul>
 *   <li><b>cold</b>: each in a JVM of its own with the launcher's JVM options, as from the command line
 *       ({@code ./fleksjob udbetal}); the JIT compiler works during the measurement in both;</li>
 *   <li><b>warm</b>: in a JVM of its own with the server's JVM options ({@code ./fleksjob server}), one after the
 *       other, as the server pays month after month, after one bulk load and one run that are not measured (the JIT
 *       compiler has seen the code of both).</li>
 * </ul>
 * Every run pays a month not paid before (March to September 2025), so each writes all its payouts.
 */
@EnabledIfSystemProperty(named = "fleksjob.benchmark", matches = "true")
class NationalMonthBenchmark {

    static final YearMonth FIRST_MONTH = YearMonth.of(2025, 3);
    static final int TIMES = 3;

    @Test
    void nationalMonth() throws Exception {
        int persons = Integer.getInteger("fleksjob.benchmark.persons", 110_000);
        SyntheticMonth month = new SyntheticMonth(persons, 2025);
        Path dir = Path.of("target", "benchmark");
        Files.createDirectories(dir);
        // March to May cold; June warms the warm JVM up (not measured); July to September warm.
        Path[] files = new Path[2 * TIMES + 1];
        for (int i = 0; i < files.length; i++) {
            YearMonth payout = FIRST_MONTH.plusMonths(i);
            files[i] = dir.resolve("indkomst-" + payout.minusMonths(1) + ".csv").toAbsolutePath();
            Files.write(files[i], month.incomeFile(payout.minusMonths(1), null));
        }
        StringBuilder table = new StringBuilder("| database | persons | income lines | cold: bulk load (s) "
            + "| cold: run (s) | cold: import committed after (s) | cold: ratio (each pair) "
            + "| cold: median run / median bulk load | warm: bulk load (s) | warm: run (s) | warm: ratio (each pair) "
            + "| warm: median run / median bulk load | re-run (s) | JVM CPU cold bulk load / run (s) "
            + "| JVM CPU warm bulk load / run (s) |\n" + "|---".repeat(15) + "|\n");
        String only = System.getProperty("fleksjob.benchmark.databases", "h2,postgres");
        for (String kind : new String[] {"H2 (file)", "PostgreSQL 14"}) {
            if (!only.contains(kind.startsWith("H2") ? "h2" : "postgres")) {
                continue;
            }
            String url = kind.startsWith("H2") ? "jdbc:h2:file:" + dir.resolve("h2-" + System.nanoTime()).toAbsolutePath()
                : postgresDatabase();
            String user = kind.startsWith("H2") ? "sa" : "postgres";
            String password = kind.startsWith("H2") ? "" : "postgres";
            // Seeded with the file closed again afterwards (H2: the last connection closes it), so a child can open it.
            // The children open it with the URL as it is: kept open for the life of their process.
            String closing = url.startsWith("jdbc:h2:") ? url + ";DB_CLOSE_DELAY=0" : url;
            month.seed(FleksjobStore.open(new StoreConfig(closing, user, password)).dataSource(), "0");

            double[][] coldLoads = new double[TIMES][];
            double[][] coldRuns = new double[TIMES][];
            boolean cold = Boolean.parseBoolean(System.getProperty("fleksjob.benchmark.cold", "true"));
            // A bulk load and a run in turn, so that both meet the machine in the same state (its speed drifts by
            // a fifth over minutes).
            for (int i = 0; i < TIMES; i++) {
                if (!cold) {
                    coldLoads[i] = new double[] {Double.NaN, 0, 0};
                    coldRuns[i] = new double[] {Double.NaN, 0, 0};
                    continue;
                }
                settle(url, user, password);
                coldLoads[i] = child("load", url, user, password, files[0].toString());
                settle(url, user, password);
                coldRuns[i] = child("run", url, user, password, FIRST_MONTH.plusMonths(i).toString(),
                    files[i].toString());
            }

            // Warm: in a JVM of its own too (with the JVM's default options, as the server runs), so that neither the
            // seeding nor the other database's runs have shaped this one's JIT-compiled code and heap.
            double[][][] warm = warmChild(url, user, password, persons, files, !cold);
            double[][] warmLoads = warm[0];
            double[][] warmRuns = warm[1];
            double rerun = warm[2][0][0];
            int lines = Files.readAllLines(files[0]).size() - 1;
            double[] cl = median(coldLoads);
            double[] cr = median(coldRuns);
            double[] wl = median(warmLoads);
            double[] wr = median(warmRuns);
            table.append(String.format("| %s | %,d | %,d | %s | %s | %.1f | %s | %.1f× | %s | %s | %s | %.1f× | %.1f | "
                    + "%.1f / %.1f | %.1f / %.1f |%n", kind, persons, lines, all(coldLoads, cl),
                all(coldRuns, cr), cr[2], pairs(coldLoads, coldRuns), cr[0] / cl[0], all(warmLoads, wl),
                all(warmRuns, wr), pairs(warmLoads, warmRuns), wr[0] / wl[0], rerun, cl[1], cr[1], wl[1], wr[1]));
        }
        System.out.println("\n" + table);
        Files.writeString(dir.resolve("result.md"), table.toString());
    }

    /** A fresh database on the embedded PostgreSQL, by URL (the children connect to it themselves). */
    private static String postgresDatabase() throws Exception {
        String name = "bench_" + System.nanoTime();
        try (Connection c = TestDatabases.postgres().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + name);
        }
        return TestDatabases.jdbcUrl(name);
    }

    /**
     * One measurement in a JVM of its own, started with the JVM options of the {@code ./fleksjob} launcher (for the
     * bulk load too, so both run on the same JVM): {wall, cpu, import} seconds.
     */
    private static double[] child(String... args) throws Exception {
        return childNumbers(launcherOptions(false), args);
    }

    /** Runs {@link NationalMonthBenchmarkChild} with the JVM options and returns the numbers after "RESULT". */
    private static double[] childNumbers(List<String> jvmOptions, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NationalMonthBenchmarkChild.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !out.contains("RESULT ")) {
            throw new AssertionError("benchmark child failed: " + String.join(" ", args) + "\n" + out);
        }
        return Arrays.stream(out.substring(out.indexOf("RESULT ") + 7).strip().split(" "))
            .mapToDouble(Double::parseDouble).toArray();
    }

    /**
     * The warm measurements in this JVM, one after the other as the server pays month after month: a bulk load and a
     * run (not measured), then three bulk loads and three runs of months not paid before in turn, then the last
     * month's file again (the re-run).
     * Returns {loads, runs, {{re-run}}}, each measurement {wall, cpu, import} seconds.
     */
    static double[][][] warm(String url, String user, String password, int persons, Path[] files, boolean prepay)
        throws Exception {
        DataSource ds = new StoreConfig(url, user, password).dataSource();
        FleksjobStore store = FleksjobStore.open(ds, Clock.systemUTC());
        byte[] load = Files.readAllBytes(files[0]);
        double[][] loads = new double[TIMES][];
        // One of each first, not measured: "warm" is after the JIT compiler has seen the code, for both alike.
        settle(url, user, password);
        plainBulkLoad(ds, load);
        if (prepay) {
            // Without the cold runs, the month before the first warm run is paid here (not measured).
            store.payoutRun().run(Caseworker.system("bench"), FIRST_MONTH.plusMonths(TIMES - 1),
                Files.readAllBytes(files[TIMES - 1]), "indkomst.csv");
        }
        settle(url, user, password);
        store.payoutRun().run(Caseworker.system("bench"), FIRST_MONTH.plusMonths(TIMES), Files.readAllBytes(files[TIMES]),
            "indkomst.csv");
        // Then a bulk load and a run in turn, like with like in the same state of the machine.
        double[][] runs = new double[TIMES][];
        for (int i = 0; i < TIMES; i++) {
            settle(url, user, password);
            double[] l = plainBulkLoad(ds, load);
            loads[i] = new double[] {l[0], l[1], 0};
            YearMonth payout = FIRST_MONTH.plusMonths(TIMES + 1 + i);
            byte[] file = Files.readAllBytes(files[TIMES + 1 + i]);
            settle(url, user, password);
            long c0 = cpu();
            long t0 = System.nanoTime();
            PayoutRun.Result r = store.payoutRun().run(Caseworker.system("bench"), payout, file, "indkomst.csv");
            runs[i] = new double[] {seconds(t0), (cpu() - c0) / 1e9, r.importTime().toMillis() / 1000.0};
            if (r.rejected() || r.ordinary() != persons) {
                throw new AssertionError("unexpected result " + r);
            }
        }
        settle(url, user, password);
        long t1 = System.nanoTime();
        PayoutRun.Result again = store.payoutRun().run(Caseworker.system("bench"), FIRST_MONTH.plusMonths(2 * TIMES),
            Files.readAllBytes(files[2 * TIMES]), "indkomst.csv");
        double rerun = seconds(t1);
        if (again.ordinary() != 0) {
            throw new AssertionError("the re-run wrote payouts: " + again);
        }
        return new double[][][] {loads, runs, {{rerun, 0, 0}}};
    }

    private static double[][][] warmChild(String url, String user, String password, int persons, Path[] files,
                                          boolean prepay) throws Exception {
        List<String> args = new ArrayList<>(List.of("warm", url, user, password, String.valueOf(persons),
            String.valueOf(prepay)));
        for (Path f : files) {
            args.add(f.toString());
        }
        // The server's JVM options, as ./fleksjob server starts it (the README's start line).
        double[] f = childNumbers(launcherOptions(true), args.toArray(String[]::new));
        double[][][] out = new double[3][][];
        out[0] = new double[TIMES][];
        out[1] = new double[TIMES][];
        for (int i = 0; i < TIMES; i++) {
            out[0][i] = Arrays.copyOfRange(f, 3 * i, 3 * i + 3);
            out[1][i] = Arrays.copyOfRange(f, 3 * (TIMES + i), 3 * (TIMES + i) + 3);
        }
        out[2] = new double[][] {{f[6 * TIMES], 0, 0}};
        return out;
    }

    /**
     * Lets the database finish what the last measurement left it to do before the next starts, the same before a
     * bulk load as before a run: on 2 cores, PostgreSQL's autovacuum of the last 110.000 rows or a checkpoint
     * would otherwise fall into the next measurement.
     */
    static void settle(String url, String user, String password) throws Exception {
        if (url.startsWith("jdbc:postgresql:")) {
            try (Connection c = java.sql.DriverManager.getConnection(url, user, password)) {
                c.createStatement().execute("vacuum analyze");
                c.createStatement().execute("checkpoint");
            }
        }
        // No System.gc(): a full collection makes G1 shrink the heap, and the next measurement pays to grow it again.
        Thread.sleep(1000);
    }

    /**
     * The options the launcher script gives the JVM on this machine, the CLI's or with {@code server} the server's
     * (it prints them when {@code FLEKSJOB_PRINT_JVM_OPTIONS=1}: some depend on the machine's memory and kernel).
     */
    static List<String> launcherOptions(boolean server) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("..", "fleksjob").toString()));
        if (server) {
            command.add("server");
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("FLEKSJOB_PRINT_JVM_OPTIONS", "1");
        Process p = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String options = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0 || options.isEmpty()) {
            throw new AssertionError("the launcher ../fleksjob printed no JVM options");
        }
        return List.of(options.split("\\s+"));
    }

    /** The measurement with the median wall time. */
    private static double[] median(double[][] measurements) {
        double[][] sorted = measurements.clone();
        Arrays.sort(sorted, Comparator.comparingDouble(m -> m[0]));
        return sorted[sorted.length / 2];
    }

    /** "median (a, b, c)": the median first, then each in the order measured. */
    private static String all(double[][] measurements, double[] median) {
        StringBuilder b = new StringBuilder(String.format("**%.1f** (", median[0]));
        for (int i = 0; i < measurements.length; i++) {
            b.append(i == 0 ? "" : ", ").append(String.format("%.1f", measurements[i][0]));
        }
        return b.append(')').toString();
    }

    /**
     * "**median×** (a×, b×, c×)": each run against the bulk load measured just before it, and the median of those.
     * The pairs' median is the ratio: each pair met the machine in the same state.
     */
    private static String pairs(double[][] loads, double[][] runs) {
        double[] ratios = new double[loads.length];
        StringBuilder b = new StringBuilder(" (");
        for (int i = 0; i < loads.length; i++) {
            ratios[i] = runs[i][0] / loads[i][0];
            b.append(i == 0 ? "" : ", ").append(String.format("%.1f×", ratios[i]));
        }
        Arrays.sort(ratios);
        return String.format("**%.1f×**", ratios[ratios.length / 2]) + b.append(')');
    }

    /** CPU time of this JVM (all threads, incl. GC and H2's), in ns: the machine is shared, wall time varies. */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
            .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The reference: the same CSV into the same table with plain JDBC batches, no checks (CPR → person id by a
     * hash map, as the foreign key needs), in one transaction; then removed again.
     */
    static double[] plainBulkLoad(DataSource ds, byte[] file) throws Exception {
        long t0 = System.nanoTime();
        long c0 = cpu();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            Map<String, Long> ids = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery("select id, cpr from person")) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
            long importId;
            try (PreparedStatement ps = c.prepareStatement("insert into indkomst_import (maaned, fil_sha256, raekker, "
                + "importeret_af, importeret) values ('bulk', 'bulk', 0, 'bulk', ?)", new String[] {"id"})) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                ResultSet k = ps.getGeneratedKeys();
                k.next();
                importId = k.getLong(1);
            }
            String[] lines = new String(file, StandardCharsets.UTF_8).split("\n");
            try (PreparedStatement ps = c.prepareStatement("insert into indkomst (import_id, linje, person_id, cvr, "
                + "maaned, loen, pension_ansat, pension_arbejdsgiver, timer) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i < lines.length; i++) {
                    String[] f = lines[i].split(";");
                    ps.setLong(1, importId);
                    ps.setInt(2, i + 1);
                    ps.setLong(3, ids.get(f[0]));
                    ps.setString(4, f[1]);
                    ps.setString(5, f[2]);
                    ps.setBigDecimal(6, new BigDecimal(f[3]));
                    ps.setBigDecimal(7, new BigDecimal(f[4]));
                    ps.setBigDecimal(8, new BigDecimal(f[5]));
                    ps.setBigDecimal(9, new BigDecimal(f[6]));
                    ps.addBatch();
                    if (i % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            double took = seconds(t0);
            double cpu = (cpu() - c0) / 1e9;
            c.createStatement().executeUpdate("delete from indkomst where import_id = " + importId);
            c.createStatement().executeUpdate("delete from indkomst_import where id = " + importId);
            c.commit();
            return new double[] {took, cpu};
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
