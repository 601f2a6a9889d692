package dk.fleksjob.cli;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.fleksloentilskud.kontrol.Afregning;
import dk.fleksjob.rules.fleksloentilskud.kontrol.KontrolResultat;
import dk.fleksjob.rules.fleksloentilskud.kontrol.Kontrollinje;
import dk.fleksjob.rules.fleksloentilskud.kontrol.Kontrol;
import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedFil;
import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedInput;
import dk.fleksjob.rules.money.Kroner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob kontroller --fil MAANED.json --afregning AFREGNING.json}: check a kommune's statement. */
@Command(name = "kontroller", mixinStandardHelpOptions = true,
    description = {"Tjek din afregning: sammenlign kommunens beløb for en måned med reglernes resultat linje for linje.",
        "Exit-kode 0 når afregningen stemmer, 3 når en eller flere linjer afviger, 2 ved fejl i filerne."})
final class KontrollerCommand implements Callable<Integer> {

    static final int DEVIATES = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--fil", required = true, paramLabel = "MAANED.json", description = "Månedens indtægtslinjer.")
    Path fil;

    @Option(names = "--afregning", required = true, paramLabel = "AFREGNING.json",
        description = "Beløbene fra kommunens brev for samme måned.")
    Path afregning;

    @Option(names = "--json", description = "Udskriv resultatet som ét JSON-objekt.")
    boolean json;

    @Option(names = "--vis-beregning", description = "Udskriv også hele reglernes beregning med forklaring.")
    boolean visBeregning;

    @Override
    public Integer call() {
        MaanedInput month = MaanedFiler.read(fil, MaanedFil::read);
        Afregning statement = MaanedFiler.read(afregning, Afregning::read);
        KontrolResultat r;
        try {
            r = Kontrol.check(month, statement);
        } catch (InvalidInputException e) {
            throw MaanedFiler.inFile(fil, e);
        }
        PrintWriter out = spec.commandLine().getOut();
        Printer printer = new Printer(out);
        if (json) {
            printer.json(r);
        } else {
            if (visBeregning) {
                printer.explanation(r.beregning().forklaring());
            }
            out.println("Kontrol af afregningen for " + Printer.month(r.maaned()));
            out.println();
            for (Kontrollinje l : r.linjer()) {
                if (l.status() == Kontrollinje.Status.IKKE_OPLYST && l.kommunen() == null) {
                    continue;
                }
                String mark = l.status() == Kontrollinje.Status.OK ? "✓" : l.status() == Kontrollinje.Status.AFVIGER
                    ? "✗" : "?";
                out.println("  " + mark + " " + l.betegnelse() + ": kommunen "
                    + (l.kommunen() == null ? "–" : Kroner.format(l.kommunen())) + ", reglerne "
                    + (l.reglerne() == null ? "–" : Kroner.format(l.reglerne())));
                if (l.status() != Kontrollinje.Status.OK) {
                    out.println("      " + l.forklaring());
                    out.println("      Hjemmel: " + String.join("; ", l.hjemmel()));
                }
            }
            out.println();
            out.println(r.konklusion());
            if (!visBeregning) {
                out.println("Hele beregningen med forklaring: ./fleksjob beregn maaned --fil " + fil);
            }
            out.println();
            out.println("Regelversion " + r.beregning().regelversion());
            out.flush();
        }
        return r.afvigelser() == 0 ? 0 : DEVIATES;
    }
}
