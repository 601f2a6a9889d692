package dk.fleksjob.cli;

import dk.fleksjob.rules.ferie.Ferie;
import dk.fleksjob.rules.ferie.FerieRequest;
import dk.fleksjob.rules.ferie.FerieResult;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob beregn ferie}: how holiday days count for a fleksjob employee working fewer than 5 days. */
@Command(name = "ferie", mixinStandardHelpOptions = true,
    description = "Feriedage i fleksjob: arbejdsdage og arbejdsfrie dage i en ferieuge (Vejledning om fleksjob pkt. 7.4).")
final class BeregnFerie implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--arbejdsdage", required = true, paramLabel = "man,ons,fre", description = "Dine arbejdsdage.")
    String arbejdsdage;

    @Option(names = "--feriedag", paramLabel = "ÅÅÅÅ-MM-DD", description = "En arbejdsdag, du holder fri. Kan gentages.")
    List<LocalDate> feriedage = new ArrayList<>();

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        FerieResult r = Ferie.calculate(new FerieRequest(Ferie.parseWorkdays(arbejdsdage), feriedage, output.parametre));
        Printer printer = new Printer(spec.commandLine().getOut());
        if (output.json) {
            printer.json(r);
            return 0;
        }
        printer.explanation(r.forklaring());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Resultat");
        out.println("  En ferieuge: " + r.ugePaaArbejdsdage() + " arbejdsdage og " + r.ugePaaFrieDage() + " arbejdsfrie dage");
        out.println("  Årets ferie: " + r.aarPaaArbejdsdage() + " dage på arbejdsdage og " + r.aarPaaFrieDage()
            + " på arbejdsfrie dage");
        if (!r.feriedage().isEmpty()) {
            out.println("  De ønskede dage bruger " + r.brugteFeriedage() + " feriedage");
        }
        out.println();
        out.println("Regelversion " + r.regelversion());
        out.flush();
        return 0;
    }
}
