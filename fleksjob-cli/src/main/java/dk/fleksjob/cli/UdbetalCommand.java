package dk.fleksjob.cli;

import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.FleksjobStore;
import dk.fleksjob.store.IncomeCsv;
import dk.fleksjob.store.PayoutRun;
import dk.fleksjob.store.StoreConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code fleksjob udbetal}: the monthly payout run against the configured case store — import the month's income
 * file, compute every person's fleksløntilskud and store each payout with its input, explanation and rules version.
 */
@Command(name = "udbetal", mixinStandardHelpOptions = true,
    description = {"Månedlig udbetalingskørsel af fleksløntilskud (LAB § 123; BEK om fleksløntilskud §§ 3-4).",
        "Importerer indkomstfilen (CSV, UTF-8, ';': cpr;cvr;indkomstmaaned;loen;pension_ansat;pension_arbejdsgiver;"
            + "timer) og beregner tilskuddet for --maaned ud fra lønnen i måneden før. En fil med fejl importeres "
            + "slet ikke. Samme fil igen ændrer intet; rettet eller sen indkomst giver en efterregulering.",
        "Kørslen stopper eller nedsætter aldrig en betaling af sig selv: det, der kræver en afgørelse, bliver et "
            + "punkt 'skal afklares' på sagen.",
        "Database: H2-fil under ./data/ som standard; PostgreSQL med SPRING_PROFILES_ACTIVE=postgres og "
            + "SPRING_DATASOURCE_URL/USERNAME/PASSWORD."})
final class UdbetalCommand implements Callable<Integer> {

    static final int MAX_REJECTIONS_SHOWN = 50;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--maaned", required = true, paramLabel = "ÅÅÅÅ-MM", description = "Måneden, tilskuddet udbetales for.")
    YearMonth maaned;

    @Option(names = "--indkomst", required = true, paramLabel = "FIL", description = "Indkomstfilen (CSV).")
    Path indkomst;

    @Option(names = "--bruger", paramLabel = "NAVN", description = "Hvem der kører (til revisionssporet). Standard: $USER.")
    String bruger;

    @Option(names = "--database", paramLabel = "JDBC-URL", description = "Brug denne database i stedet for den konfigurerede.")
    String database;

    @Override
    public Integer call() {
        if (!Files.isReadable(indkomst)) {
            throw new CliInputException("kan ikke læse indkomstfilen " + indkomst);
        }
        byte[] file;
        try {
            file = Files.readAllBytes(indkomst);
        } catch (IOException e) {
            throw new CliInputException("kan ikke læse indkomstfilen " + indkomst + ": " + e.getMessage());
        }
        StoreConfig config = database == null ? StoreConfig.fromEnvironment(System.getenv())
            : new StoreConfig(database, System.getenv("SPRING_DATASOURCE_USERNAME"),
                System.getenv("SPRING_DATASOURCE_PASSWORD"));
        FleksjobStore store = FleksjobStore.open(config);
        String who = bruger != null ? bruger : System.getenv().getOrDefault("USER", "cli");
        PayoutRun.Result r = store.payoutRun().run(Caseworker.system(who), maaned, file,
            indkomst.getFileName().toString());
        if (r.rejected()) {
            PrintWriter err = spec.commandLine().getErr();
            List<IncomeCsv.Rejection> rejections = r.indkomst().rejections();
            err.println("fleksjob: indkomstfilen er afvist, intet er importeret (" + rejections.size() + " fejl):");
            rejections.stream().limit(MAX_REJECTIONS_SHOWN).forEach(x -> err.println("  " + x));
            if (rejections.size() > MAX_REJECTIONS_SHOWN) {
                err.println("  … og " + (rejections.size() - MAX_REJECTIONS_SHOWN) + " fejl mere");
            }
            err.flush();
            return FleksjobCli.BAD_INPUT;
        }
        report(r, config);
        return 0;
    }

    private void report(PayoutRun.Result r, StoreConfig config) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Udbetalingskørsel for " + DanishDates.format(r.maaned()) + " (database " + config.url() + ")");
        out.println(r.indkomst().alreadyImported()
            ? "  Indkomstfilen er allerede importeret (import " + r.indkomst().importId() + "); intet importeret igen."
            : "  Indkomstfilen: " + r.indkomst().lines() + " linjer importeret (import " + r.indkomst().importId() + ").");
        line(out, "Personer gennemgået", r.persons());
        line(out, "Nye ordinære udbetalinger", r.ordinary());
        line(out, "Nye efterreguleringer (udbetales)", r.corrections());
        line(out, "Nye negative efterreguleringer (afventer afgørelse)", r.pending());
        line(out, "Uændrede (allerede beregnet på samme grundlag)", r.unchanged());
        line(out, "Nye punkter til afklaring", r.flags());
        out.println("  Udbetales i denne kørsel: " + Kroner.format(r.udbetalt()));
        out.println("  Tid: import " + r.importTime().toMillis() + " ms, beregning " + r.payoutTime().toMillis() + " ms");
        out.println();
        out.println("Regelversion " + RulesVersion.current());
        out.flush();
    }

    private static void line(PrintWriter out, String label, int n) {
        out.println("  " + label + ": " + n);
    }
}
