package dk.fleksjob.cli;

import dk.fleksjob.rules.gammelordning.Broek;
import dk.fleksjob.rules.gammelordning.GammelOrdning;
import dk.fleksjob.rules.gammelordning.GammelOrdningRequest;
import dk.fleksjob.rules.gammelordning.GammelOrdningResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob beregn gammel-ordning}: the employer's tilskud in a fleksjob started before 2013. */
@Command(name = "gammel-ordning", mixinStandardHelpOptions = true,
    description = {"Tilskud til arbejdsgiveren i fleksjob begyndt før 1. januar 2013 (LAB § 133), for et år.",
        "Angiv årsløn (--loen) eller timeløn og timer (--timeloen, --timer)."})
final class BeregnGammelOrdning implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--aar", required = true, paramLabel = "ÅÅÅÅ", description = "Kalenderåret.")
    Integer aar;

    @Option(names = "--brok", required = true, paramLabel = "1/2|2/3", converter = BrokConverter.class,
        description = "Tilskudsbrøken fastsat af kommunen.")
    Broek brok;

    @Option(names = "--loen", paramLabel = "KR", description = "Årsløn inkl. arbejdsgiverens ATP og andre arbejdsgiverbidrag.")
    BigDecimal loen;

    @Option(names = "--timeloen", paramLabel = "KR", description = "Timeløn inkl. arbejdsgiverbidrag (i stedet for --loen).")
    BigDecimal timeloen;

    @Option(names = "--timer", paramLabel = "TIMER", description = "Timer pr. uge (med --timeloen).")
    BigDecimal timer;

    @Option(names = "--refusion", paramLabel = "KR", description = "Sygedagpenge- eller barselsrefusion, arbejdsgiveren har ret til i året.")
    BigDecimal refusion;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        GammelOrdningResult r = GammelOrdning.calculate(new GammelOrdningRequest(aar, brok, loen, timeloen, timer,
            refusion, output.parametre));
        Printer printer = new Printer(spec.commandLine().getOut());
        if (output.json) {
            printer.json(r);
        } else {
            printer.explanation(r.forklaring());
            printer.summary(List.of(
                Printer.line("Løn (årlig)", r.loen()),
                Printer.line("Beregningsgrundlag", r.beregningsgrundlag()),
                Printer.line("Fradrag for refusion", r.refusionsfradrag()),
                Printer.line("Tilskud til arbejdsgiveren", r.tilskud()),
                Printer.line("Tilskud pr. måned", r.tilskudMaaned()),
                Printer.line("Arbejdsgiverens nettoudgift", r.arbejdsgiverensUdgift())), r.regelversion());
        }
        return 0;
    }
}
