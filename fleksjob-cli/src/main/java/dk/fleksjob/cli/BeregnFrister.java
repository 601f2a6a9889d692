package dk.fleksjob.cli;

import dk.fleksjob.rules.frister.Frister;
import dk.fleksjob.rules.frister.FristerRequest;
import dk.fleksjob.rules.frister.FristerResult;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.parameter.Rates;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob beregn frister}: the deadlines of a fleksjob case. */
@Command(name = "frister", mixinStandardHelpOptions = true,
    description = {"Frister i fleksjob: bevilling, opfølgning, status, permanent fleksjob, folkepensions- og "
        + "fleksydelsesalder (LAB §§ 119-121, LAS §§ 74 c og 77 a)."})
final class BeregnFrister implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--foedselsdato", required = true, paramLabel = "ÅÅÅÅ-MM-DD", description = "Fødselsdato.")
    LocalDate foedselsdato;

    @Option(names = "--startdato", paramLabel = "ÅÅÅÅ-MM-DD", description = "Første dag i fleksjobbet.")
    LocalDate startdato;

    @Option(names = "--foerste-fleksjob", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
        description = "Er det dit første fleksjob? (påkrævet med --startdato)")
    Boolean foersteFleksjob;

    @Option(names = "--permanent-bevilget", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
        description = "Jobcentret har bevilget fleksjobbet permanent.")
    Boolean permanentBevilget;

    @Option(names = "--visitationsdato", paramLabel = "ÅÅÅÅ-MM-DD", description = "Dagen for visitation til fleksjob.")
    LocalDate visitationsdato;

    @Option(names = "--ledighedsydelse-fra", paramLabel = "ÅÅÅÅ-MM-DD",
        description = "Første dag med ledighedsydelse (standard: visitationsdatoen).")
    LocalDate ledighedsydelseFra;

    @Option(names = "--afslagsdato", paramLabel = "ÅÅÅÅ-MM-DD",
        description = "Dag for afslag på et fleksjobtilbud eller ophør i et fleksjob.")
    LocalDate afslagsdato;

    @Option(names = "--tidligere-afslag", paramLabel = "ÅÅÅÅ-MM-DD", description = "Dag for et tidligere afslag.")
    LocalDate tidligereAfslag;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        FristerRequest request = new FristerRequest(foedselsdato, visitationsdato, startdato, foersteFleksjob,
            permanentBevilget, ledighedsydelseFra, afslagsdato, tidligereAfslag, output.parametre);
        FristerResult r = Frister.calculate(request, Rates.withOverrides(request.parametre()), true);
        Printer printer = new Printer(spec.commandLine().getOut());
        if (output.json) {
            printer.json(r);
            return 0;
        }
        printer.explanation(r.forklaring());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Resultat");
        line(out, "Folkepensionsalder", r.folkepensionsalder() + ", nås " + date(r.folkepensionsdato()));
        line(out, "Fleksydelsesalder", r.fleksydelsesalder() + ", nås " + date(r.fleksydelsesdato()));
        line(out, "Bevillingen udløber", date(r.bevillingUdloeber()));
        line(out, "Opfølgninger", r.opfoelgninger() == null ? null
            : r.opfoelgninger().stream().map(DanishDates::format).collect(Collectors.joining(", ")));
        line(out, "Status efter 4½ år", date(r.status4HalvtAar()));
        line(out, "Permanent fleksjob muligt", r.permanentMulig() == null ? null
            : (r.permanentMulig() ? "ja" : "nej") + (r.permanentMuligFra() == null ? ""
                : ", tidligst fra " + date(r.permanentMuligFra())));
        out.println();
        out.println("Regelversion " + r.regelversion());
        out.flush();
        return 0;
    }

    private static String date(LocalDate d) {
        return d == null ? null : DanishDates.format(d);
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.println("  " + label + ": " + value);
        }
    }
}
