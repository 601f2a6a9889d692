package dk.fleksjob.cli;

import dk.fleksjob.rules.gammelordning.Broek;
import dk.fleksjob.rules.sammenligning.Sammenligning;
import dk.fleksjob.rules.sammenligning.SammenligningRequest;
import dk.fleksjob.rules.sammenligning.SammenligningResult;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob sammenlign}: employer cost and the person's income under the old and the new scheme. */
@Command(name = "sammenlign", mixinStandardHelpOptions = true,
    description = {"Sammenlign gammel (før 2013) og ny fleksjobordning for samme timer og timeløn.",
        "Antagelser: brøken i den gamle ordning er 2/3, hvis --brok ikke er angivet; i den gamle ordning betaler "
            + "arbejdsgiveren fuld løn for alle timer."})
final class SammenlignCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--maaned", required = true, paramLabel = "ÅÅÅÅ-MM", description = "Måneden (satserne for den måned).")
    YearMonth maaned;

    @Option(names = "--timeloen", required = true, paramLabel = "KR", description = "Timeløn inkl. pension.")
    BigDecimal timeloen;

    @Option(names = "--timer", required = true, paramLabel = "TIMER", description = "Timer pr. uge på arbejdspladsen.")
    BigDecimal timer;

    @Option(names = "--intensitet", paramLabel = "0-1", description = "Arbejdsintensitet i den nye ordning. Standard 1.")
    BigDecimal intensitet;

    @Option(names = "--brok", paramLabel = "1/2|2/3", converter = BrokConverter.class,
        description = "Brøken i den gamle ordning. Standard 2/3 (antagelse).")
    Broek brok;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        SammenligningResult r = Sammenligning.calculate(new SammenligningRequest(maaned, timeloen, timer, intensitet,
            brok, output.parametre));
        Printer printer = new Printer(spec.commandLine().getOut());
        if (output.json) {
            printer.json(r);
        } else {
            printer.explanation(r.forklaring());
            printer.summary(List.of(
                Printer.line("Ny ordning: arbejdsgiverens udgift", r.ny().arbejdsgiverensUdgift()),
                Printer.line("Ny ordning: fleksløntilskud til dig", r.ny().tilskud()),
                Printer.line("Ny ordning: din indkomst", r.ny().samletIndkomst()),
                Printer.line("Gammel ordning: løn fra arbejdsgiveren", r.gammel().loenFraArbejdsgiver()),
                Printer.line("Gammel ordning: tilskud til arbejdsgiveren (" + r.brok() + ")", r.gammel().tilskud()),
                Printer.line("Gammel ordning: arbejdsgiverens udgift", r.gammel().arbejdsgiverensUdgift()),
                Printer.line("Gammel ordning: din indkomst", r.gammel().samletIndkomst())), r.regelversion());
        }
        return 0;
    }
}
