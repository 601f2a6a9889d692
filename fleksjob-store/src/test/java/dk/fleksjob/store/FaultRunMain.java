package dk.fleksjob.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/** The payout run as its own process, for the kill -9 fault test: url user password month file chunk. */
public final class FaultRunMain {

    private FaultRunMain() {
    }

    public static void main(String[] args) throws Exception {
        FleksjobStore store = FleksjobStore.open(new StoreConfig(args[0], args[1], args[2]));
        // The JVM is up and the schema migrated: from here the test's random kill point is measured.
        System.out.println("READY");
        System.out.flush();
        PayoutRun.Result r = store.payoutRun(PayoutRun.Options.defaults().withChunkSize(Integer.parseInt(args[5])))
            .run(Caseworker.system("fault-test"), YearMonth.parse(args[3]), Files.readAllBytes(Path.of(args[4])),
                "fault.csv");
        System.out.println("DONE " + r.ordinary() + " " + r.corrections() + " " + r.pending());
        System.exit(r.rejected() ? 2 : 0);
    }
}
