package dk.fleksjob.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * One measurement of {@link NationalMonthBenchmark} in a JVM of its own, as a user starts it from the command line:
 * {@code load url user password file} (the plain bulk load) or {@code run url user password month file} (the payout
 * run, as {@code ./fleksjob udbetal}); {@code warm url user password persons prepay files…} (the warm measurements,
 * {@link NationalMonthBenchmark#warm}); {@code seed url user password persons} seeds a database for trying one by
 * hand (e.g. with {@code -XX:StartFlightRecording}). The clock starts after the JVM has started and the database is open, for both.
 * Prints {@code RESULT wall-seconds jvm-cpu-seconds import-seconds}.
 */
public final class NationalMonthBenchmarkChild {

    private NationalMonthBenchmarkChild() {
    }

    public static void main(String[] args) throws Exception {
        StoreConfig config = new StoreConfig(args[1], args[2], args[3]);
        FleksjobStore store = FleksjobStore.open(config);
        if (args[0].equals("seed")) {
            new SyntheticMonth(Integer.parseInt(args[4]), 2025).seed(store.dataSource(), "0");
            System.out.println("RESULT 0 0 0");
        } else if (args[0].equals("warm")) {
            Path[] files = Arrays.stream(args, 6, args.length).map(Path::of).toArray(Path[]::new);
            double[][][] warm = NationalMonthBenchmark.warm(args[1], args[2], args[3], Integer.parseInt(args[4]), files,
                Boolean.parseBoolean(args[5]));
            StringBuilder out = new StringBuilder("RESULT");
            for (double[][] kind : warm) {
                for (double[] m : kind) {
                    out.append(String.format(java.util.Locale.ROOT, " %.3f %.3f %.3f", m[0], m[1], m[2]));
                }
            }
            System.out.println(out);
        } else if (args[0].equals("load")) {
            double[] load = NationalMonthBenchmark.plainBulkLoad(store.dataSource(), Files.readAllBytes(Path.of(args[4])));
            System.out.printf(java.util.Locale.ROOT, "RESULT %.3f %.3f 0%n", load[0], load[1]);
        } else {
            byte[] file = Files.readAllBytes(Path.of(args[5]));
            long c0 = NationalMonthBenchmark.cpu();
            long t0 = System.nanoTime();
            PayoutRun.Result r = store.payoutRun().run(Caseworker.system("bench"), YearMonth.parse(args[4]), file,
                "indkomst.csv");
            double wall = NationalMonthBenchmark.seconds(t0);
            double cpu = (NationalMonthBenchmark.cpu() - c0) / 1e9;
            if (r.rejected() || r.ordinary() == 0) {
                throw new AssertionError("unexpected result " + r);
            }
            System.out.printf(java.util.Locale.ROOT, "RESULT %.3f %.3f %.3f%n", wall, cpu, r.importTime().toMillis() / 1000.0);
        }
        System.exit(0);
    }
}
