package dk.fleksjob.cli;

import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.DatedValue;
import dk.fleksjob.rules.parameter.Parameter;
import dk.fleksjob.rules.parameter.ParameterCatalog;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob parametre}: every parameter's value and provenance on a date, or one parameter's timeline. */
@Command(name = "parametre", mixinStandardHelpOptions = true,
    description = "Vis alle satser med værdi, gyldighed, proveniens og kilde på en dato (standard: i dag).")
final class ParametreCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dato", paramLabel = "ÅÅÅÅ-MM-DD", description = "Datoen (standard: i dag).")
    LocalDate dato;

    @Option(names = "--id", paramLabel = "ID", description = "Vis hele tidslinjen for én parameter.")
    String id;

    @Option(names = "--json", description = "Udskriv som JSON.")
    boolean json;

    /** One parameter on one date, as printed and as JSON. */
    record Row(String id, String navn, String enhed, String hjemmel, String hjemmelUrl, LocalDate dato,
               boolean daekket, BigDecimal vaerdi, LocalDate gyldigFra, LocalDate gyldigTil, String proveniens,
               String kilde, String kildeUrl, String afledning, String note) {
    }

    @Override
    public Integer call() {
        ParameterCatalog catalog = ParameterCatalog.standard();
        LocalDate date = dato == null ? LocalDate.now() : dato;
        PrintWriter out = spec.commandLine().getOut();
        Printer printer = new Printer(out);
        if (id != null) {
            Parameter p = catalog.get(id);
            if (json) {
                printer.json(p);
            } else {
                timeline(out, p);
            }
            return 0;
        }
        List<Row> rows = new ArrayList<>();
        for (Parameter p : catalog.all()) {
            rows.add(row(p, date));
        }
        if (json) {
            printer.json(rows);
            return 0;
        }
        out.println("Satser pr. " + DanishDates.format(date) + " (" + rows.size() + " parametre)");
        for (Row r : rows) {
            out.println();
            out.println(r.id() + " — " + r.navn());
            if (!r.daekket()) {
                Parameter p = catalog.get(r.id());
                out.println("  ikke gældende på datoen (dækket " + DanishDates.format(p.daekketFra()) + " til "
                    + DanishDates.format(p.daekketTil()) + ")");
                continue;
            }
            out.println("  " + Kroner.plain(r.vaerdi()) + " " + r.enhed() + ", gældende " + DanishDates.format(r.gyldigFra())
                + " til " + DanishDates.format(r.gyldigTil()));
            out.println("  " + r.proveniens() + ": " + r.kilde() + " <" + r.kildeUrl() + ">");
            if (r.afledning() != null) {
                out.println("  afledning: " + r.afledning().strip());
            }
            out.println("  hjemmel: " + r.hjemmel());
        }
        out.flush();
        return 0;
    }

    private static Row row(Parameter p, LocalDate date) {
        if (!p.covers(date)) {
            return new Row(p.id(), p.navn(), p.enhed().code(), p.hjemmel(), p.hjemmelUrl(), date, false, null, null,
                null, null, null, null, null, null);
        }
        DatedValue v = p.valueAt(date);
        return new Row(p.id(), p.navn(), p.enhed().code(), p.hjemmel(), p.hjemmelUrl(), date, true, v.vaerdi(), v.fra(),
            p.validTo(v), v.proveniens().danish(), v.kilde().titel(), v.kilde().url(), v.afledning(), v.note());
    }

    private static void timeline(PrintWriter out, Parameter p) {
        out.println(p.id() + " — " + p.navn());
        out.println("  " + p.beskrivelse().strip());
        out.println("  hjemmel: " + p.hjemmel() + " <" + p.hjemmelUrl() + ">");
        for (DatedValue v : p.vaerdier()) {
            out.println("  " + DanishDates.format(v.fra()) + " – " + DanishDates.format(p.validTo(v)) + ": "
                + Kroner.plain(v.vaerdi()) + " " + p.enhed().code() + "  [" + v.proveniens().danish() + "] "
                + v.kilde().titel());
            if (v.afledning() != null) {
                out.println("      afledning: " + v.afledning().strip());
            }
        }
        out.flush();
    }
}
