package dk.fleksjob.cli;

import dk.fleksjob.rules.fleksydelse.Fleksydelse;
import dk.fleksjob.rules.fleksydelse.FleksydelseRequest;
import dk.fleksjob.rules.fleksydelse.FleksydelseResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob beregn fleksydelse}: the year's fleksydelse, the pension deduction and one month's work deduction. */
@Command(name = "fleksydelse", mixinStandardHelpOptions = true,
    description = {"Fleksydelse for et år og en måned med arbejde (lov om fleksydelse §§ 17, 18, 20 og 25).",
        "Satsen (91 eller 100 pct.) følger fødselsdatoen og, for født 1956-30. juni 1959, datoen for overgangen."})
final class BeregnFleksydelse implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--aar", required = true, paramLabel = "ÅÅÅÅ", description = "Året, hvis satser bruges.")
    Integer aar;

    @Option(names = "--foedselsdato", required = true, paramLabel = "ÅÅÅÅ-MM-DD", description = "Din fødselsdato.")
    LocalDate foedselsdato;

    @Option(names = "--overgang", paramLabel = "ÅÅÅÅ-MM-DD", description = "Dagen du går (gik) på fleksydelse.")
    LocalDate overgang;

    @Option(names = "--livsvarig-pension", paramLabel = "KR", description = "Forventet årlig udbetaling fra livsvarige pensioner.")
    BigDecimal livsvarigPension;

    @Option(names = "--kapitalpension", paramLabel = "KR", description = "Depotværdi af kapitalpension.")
    BigDecimal kapitalpension;

    @Option(names = "--ratepension", paramLabel = "KR", description = "Depotværdi af ratepension.")
    BigDecimal ratepension;

    @Option(names = "--andre-depoter", paramLabel = "KR", description = "Depotværdi af andre ordninger (aldersopsparing, LD m.v.).")
    BigDecimal andreDepoter;

    @Option(names = "--loebende-arbejdsgiverpension", paramLabel = "KR", description = "Årlig pension fra et ansættelsesforhold, der udbetales samtidig med fleksydelsen.")
    BigDecimal loebendeArbejdsgiverpension;

    @Option(names = "--indtaegt", paramLabel = "KR", description = "Skattepligtig indtægt i beregningsperioden (uden pensionsudbetalinger): loftet for fleksydelsen.")
    BigDecimal indtaegt;

    @Option(names = "--indtaegt-maaneder", paramLabel = "1-12", description = "Antal måneder indtægten dækker, hvis visitationen er under et år gammel. Standard 12.")
    Integer indtaegtMaaneder;

    @Option(names = "--timer", paramLabel = "TIMER", description = "Arbejdstimer i måneden.")
    BigDecimal timer;

    @Option(names = "--timeloen", paramLabel = "KR", description = "Timeløn før arbejdsmarkedsbidrag, inkl. tillæg.")
    BigDecimal timeloen;

    @Option(names = "--tidligere-arbejdsindtaegt", paramLabel = "KR", description = "Arbejdsindtægt tidligere i samme kalenderår.")
    BigDecimal tidligereArbejdsindtaegt;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        FleksydelseResult r = Fleksydelse.calculate(new FleksydelseRequest(aar, foedselsdato, overgang, livsvarigPension,
            kapitalpension, ratepension, andreDepoter, loebendeArbejdsgiverpension, indtaegt, indtaegtMaaneder, timer,
            timeloen, tidligereArbejdsindtaegt, output.parametre));
        Printer printer = new Printer(spec.commandLine().getOut());
        if (output.json) {
            printer.json(r);
        } else {
            printer.explanation(r.forklaring());
            List<Printer.Line> lines = new ArrayList<>();
            lines.add(Printer.line("Fleksydelse om året før fradrag (" + r.procent().stripTrailingZeros().toPlainString()
                + " pct.)", r.fleksydelseAar()));
            lines.add(Printer.line("Fradrag for pension om året", r.pensionsfradrag().add(r.loebendePensionsfradrag())));
            lines.add(Printer.line("Fleksydelse om året efter pension", r.fleksydelseEfterPensionAar()));
            lines.add(Printer.line("Fleksydelse om måneden", r.fleksydelseMaaned()));
            lines.add(Printer.line("Fradrag for arbejde (" + r.fradragTimer().toPlainString().replace('.', ',')
                + " timer)", r.fradragArbejde()));
            lines.add(Printer.line("Udbetaling for måneden", r.udbetalingMaaned()));
            printer.summary(lines, r.regelversion());
        }
        return 0;
    }
}
