package dk.fleksjob.cli;

import dk.fleksjob.rules.selvstaendige.TilskudSelvstaendig;
import dk.fleksjob.rules.selvstaendige.TilskudSelvstaendigRequest;
import dk.fleksjob.rules.selvstaendige.TilskudSelvstaendigResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob beregn selvstaendig}: the yearly tilskud for a self-employed person with reduced capacity. */
@Command(name = "selvstaendig", mixinStandardHelpOptions = true,
    description = {"Tilskud til selvstændig erhvervsdrivende med nedsat arbejdsevne for et år (LAB § 126).",
        "Grundbeløbet nedsættes med 30 pct. af årsindtægten i virksomheden og anden arbejdsindkomst; 1/12 udbetales hver måned."})
final class BeregnSelvstaendig implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--aar", required = true, paramLabel = "ÅÅÅÅ", description = "Kalenderåret.")
    Integer aar;

    @Option(names = "--overskud", required = true, paramLabel = "KR",
        description = "Virksomhedens beregnede årsindtægt (overskud før renter; gennemsnit af de to bedste af de seneste tre regnskabsår).")
    BigDecimal overskud;

    @Option(names = "--anden-indkomst", paramLabel = "KR", description = "Anden arbejdsindkomst i beregningsperioden. Standard 0.")
    BigDecimal andenIndkomst;

    @Option(names = "--aegtefaeller", description = "Begge ægtefæller driver virksomheden som hovedbeskæftigelse (50 pct. hver).")
    boolean aegtefaeller;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        TilskudSelvstaendigResult r = TilskudSelvstaendig.calculate(new TilskudSelvstaendigRequest(aar, overskud,
            andenIndkomst, aegtefaeller, output.parametre));
        Printer printer = new Printer(spec.commandLine().getOut());
        if (output.json) {
            printer.json(r);
        } else {
            printer.explanation(r.forklaring());
            printer.summary(List.of(
                Printer.line("Grundbeløb", r.grundbeloeb()),
                Printer.line("Nedsættelse 30 pct.", r.nedsaettelse()),
                Printer.line("Tilskud for året", r.tilskudAar()),
                Printer.line("Tilskud pr. måned", r.tilskudMaaned()),
                Printer.line("Helt aftrappet ved", r.fuldtAftrappetVed())), r.regelversion());
        }
        return 0;
    }
}
