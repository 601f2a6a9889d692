package dk.fleksjob.cli;

import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudResult;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob beregn fleksloentilskud}: the month's fleksløntilskud, employer wage and total income. */
@Command(name = "fleksloentilskud", mixinStandardHelpOptions = true,
    description = {"Fleksløntilskud for en måned (LAB § 123).",
        "--maaned er måneden, tilskuddet er for. Lønnen er lønnen i måneden før (tilskuddet nedsættes bagud, "
            + "BEK om fleksløntilskud § 4). Maksimum og ATP følger tilskudsmåneden; knækket følger lønmåneden."})
final class BeregnFleksloentilskud implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--maaned", required = true, paramLabel = "ÅÅÅÅ-MM", description = "Måneden tilskuddet er for.")
    YearMonth maaned;

    @Option(names = "--timeloen", paramLabel = "KR", description = "Timeløn inkl. pension.")
    BigDecimal timeloen;

    @Option(names = "--timer", paramLabel = "TIMER", description = "Timer pr. uge på arbejdspladsen.")
    BigDecimal timer;

    @Option(names = "--intensitet", paramLabel = "0-1", description = "Arbejdsintensitet (1 = 100 pct.). Standard 1.")
    BigDecimal intensitet;

    @Option(names = "--maanedsloen", paramLabel = "KR", description = "Månedsløn fra fleksjobbet inkl. pension (i stedet for timer × timeløn).")
    BigDecimal maanedsloen;

    @Option(names = "--anden-loen", paramLabel = "KR", description = "Anden lønindtægt i lønmåneden.")
    BigDecimal andenLoen;

    @Option(names = "--fuldtidsloen", paramLabel = "KR", description = "Lønloftet: lønnen for fuld tid i stillingen. Standard: timeløn × 37 timer × 52/12.")
    BigDecimal fuldtidsloen;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        FleksloentilskudResult r = Fleksloentilskud.calculate(new FleksloentilskudRequest(maaned, timeloen, timer,
            intensitet, maanedsloen, andenLoen, fuldtidsloen, output.parametre));
        Printer printer = new Printer(spec.commandLine().getOut());
        if (output.json) {
            printer.json(r);
        } else {
            printer.explanation(r.forklaring());
            printer.summary(List.of(
                Printer.line("Løn fra arbejdsgiveren (lønmåned " + Printer.month(r.loenmaaned()) + ")", r.maanedsloen()),
                Printer.line("Anden løn", r.andenLoen()),
                Printer.line("Lønloft (fuldtidsløn)", r.fuldtidsloen()),
                Printer.line("Maksimalt fleksløntilskud", r.maksimaltTilskud()),
                Printer.line("Fradrag 30 pct.", r.fradrag30()),
                Printer.line("Fradrag 55 pct.", r.fradrag55()),
                Printer.line("Fradrag for lønloft", r.loenloftFradrag()),
                Printer.line("Fleksløntilskud", r.fleksloentilskud()),
                Printer.line("heraf dit ATP-bidrag", r.atpBidrag()),
                Printer.line("Udbetalt tilskud", r.udbetaltTilskud()),
                Printer.line("Samlet indkomst før skat", r.samletIndkomst())), r.regelversion());
        }
        return 0;
    }
}
