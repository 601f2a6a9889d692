package dk.fleksjob.cli;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.fleksloentilskud.maaned.Efterregulering;
import dk.fleksjob.rules.fleksloentilskud.maaned.EfterreguleringResultat;
import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedFil;
import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedInput;
import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedResultat;
import dk.fleksjob.rules.fleksloentilskud.maaned.Maanedsberegning;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob beregn maaned --fil MAANED.json}: the real month from typed income lines, or an efterregulering. */
@Command(name = "maaned", mixinStandardHelpOptions = true,
    description = {"Fleksløntilskud for en faktisk måned ud fra indtægtslinjer i en JSON-fil (LAB §§ 123–124, 137–138; "
        + "BEK om fleksløntilskud §§ 1–13).",
        "Filformatet er beskrevet i docs/maaned/README.md og docs/maaned/maaned.schema.json.",
        "Med --oprindelig beregnes efterreguleringen: forskellen mellem den oprindelige og den korrigerede måned."})
final class BeregnMaaned implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--fil", required = true, paramLabel = "MAANED.json", description = "Månedens indtægtslinjer.")
    Path fil;

    @Option(names = "--oprindelig", paramLabel = "MAANED.json",
        description = "Den oprindelige beregning af samme måned; så er --fil den korrigerede (efterregulering).")
    Path oprindelig;

    @Option(names = "--reguleringsmaaned", paramLabel = "ÅÅÅÅ-MM",
        description = "Måneden efterreguleringen foretages i (kontrollerer 12-måneders-grænsen, BEK § 4, stk. 4).")
    YearMonth reguleringsmaaned;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        MaanedInput input = withOverrides(MaanedFiler.read(fil, MaanedFil::read));
        Printer printer = new Printer(spec.commandLine().getOut());
        if (oprindelig != null) {
            MaanedInput before = withOverrides(MaanedFiler.read(oprindelig, MaanedFil::read));
            EfterreguleringResultat r;
            try {
                r = Efterregulering.calculate(before, input, reguleringsmaaned, true);
            } catch (InvalidInputException e) {
                throw MaanedFiler.inFile(fil, e);
            }
            if (output.json) {
                printer.json(r);
            } else {
                printer.explanation(r.oprindelig().forklaring());
                printer.explanation(r.korrigeret().forklaring());
                printer.explanation(r.forklaring());
                printer.summary(List.of(
                    Printer.line("Fleksløntilskud, oprindeligt", r.oprindelig().fleksloentilskud()),
                    Printer.line("Fleksløntilskud, korrigeret", r.korrigeret().fleksloentilskud()),
                    Printer.line("Forskel i tilskud (" + r.retning() + ")", r.forskelTilskud()),
                    Printer.line("Forskel i udbetalt tilskud", r.forskelUdbetalt())), r.regelversion());
            }
            return 0;
        }
        MaanedResultat r;
        try {
            r = Maanedsberegning.calculate(input);
        } catch (InvalidInputException e) {
            throw MaanedFiler.inFile(fil, e);
        }
        if (output.json) {
            printer.json(r);
        } else {
            printer.explanation(r.forklaring());
            printer.summary(summary(r), r.regelversion());
        }
        return 0;
    }

    static List<Printer.Line> summary(MaanedResultat r) {
        List<Printer.Line> lines = new ArrayList<>();
        lines.add(Printer.line("Lønindtægt (lønmåned " + Printer.month(r.loenmaaned()) + ")", r.samletLoenindtaegt()));
        lines.add(Printer.line("Fuldt fradrag (dagpenge)", r.fuldtFradrag()));
        lines.add(Printer.line("Indtægt uden fradrag", r.ikkeFradrag()));
        lines.add(Printer.line("Maksimalt fleksløntilskud", r.maksimaltTilskud()));
        lines.add(Printer.line("Fradrag 30 pct.", r.fradrag30()));
        lines.add(Printer.line("Fradrag 55 pct.", r.fradrag55()));
        if (r.loenloft() != null) {
            lines.add(Printer.line("Lønloft", r.loenloft()));
        }
        lines.add(Printer.line("Fradrag for lønloft", r.loenloftFradrag()));
        if (r.ferieNedsaettelse().signum() != 0) {
            lines.add(Printer.line("Nedsættelse for ferie med ledighedsydelse", r.ferieNedsaettelse()));
        }
        lines.add(Printer.line("Fleksløntilskud", r.fleksloentilskud()));
        lines.add(Printer.line("heraf dit ATP-bidrag", r.atpBidrag()));
        lines.add(Printer.line("Udbetalt tilskud", r.udbetaltTilskud()));
        if (r.atpTilskudstimer() != null) {
            lines.add(Printer.line("Statens ATP-bidrag (ikke trukket)", r.atpTilskudstimer()));
        }
        lines.add(Printer.line("Samlet indkomst før skat", r.samletIndkomst()));
        return lines;
    }

    private MaanedInput withOverrides(MaanedInput in) {
        if (output.parametre.isEmpty()) {
            return in;
        }
        Map<String, BigDecimal> merged = new LinkedHashMap<>(in.parametre());
        merged.putAll(output.parametre);
        return new MaanedInput(in.maaned(), in.indtaegter(), in.loenloft(), in.loenperiode(), in.atpTimer(), merged);
    }
}
