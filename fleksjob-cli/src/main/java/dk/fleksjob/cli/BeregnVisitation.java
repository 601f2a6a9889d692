package dk.fleksjob.cli;

import dk.fleksjob.rules.visitation.Visitation;
import dk.fleksjob.rules.visitation.VisitationRequest;
import dk.fleksjob.rules.visitation.VisitationResult;
import dk.fleksjob.rules.visitation.Vurdering;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob beregn visitation}: target group for fleksjob, fastholdelsesfleksjob, isbryder, assistance. */
@Command(name = "visitation", mixinStandardHelpOptions = true,
    description = {"Personkreds for fleksjob (LAB §§ 116, 118), fastholdelsesfleksjob (§ 119), isbryderordning og "
        + "personlig assistance. Svar: ja, nej eller kan ikke afgøres.",
        "Vurderinger, som kun jobcentret kan foretage, angives som true/false; udelades de, er svaret "
            + "»kan ikke afgøres« med et punkt, der skal afklares."})
final class BeregnVisitation implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--foedselsdato", required = true, paramLabel = "ÅÅÅÅ-MM-DD") LocalDate foedselsdato;
    @Option(names = "--vurderingsdato", paramLabel = "ÅÅÅÅ-MM-DD", description = "Standard: i dag.") LocalDate vurderingsdato;
    @Option(names = "--modtager-foertidspension", arity = "0..1", fallbackValue = "true") Boolean modtagerFoertidspension;
    @Option(names = "--modtager-seniorpension", arity = "0..1", fallbackValue = "true") Boolean modtagerSeniorpension;
    @Option(names = "--udnyttet-tidlig-pension", arity = "0..1", fallbackValue = "true") Boolean udnyttetTidligPension;
    @Option(names = "--varige-og-vaesentlige-begraensninger", arity = "0..1", fallbackValue = "true") Boolean varige;
    @Option(names = "--kan-arbejde-paa-normale-vilkaar", arity = "0..1", fallbackValue = "true") Boolean normale;
    @Option(names = "--effektive-timer-pr-uge", paramLabel = "TIMER") BigDecimal effektiveTimer;
    @Option(names = "--meget-begraenset-arbejdsevne", arity = "0..1", fallbackValue = "true") Boolean megetBegraenset;
    @Option(names = "--udvikling-kan-ikke-udelukkes", arity = "0..1", fallbackValue = "true") Boolean udvikling;
    @Option(names = "--tilbud-afproevet", arity = "0..1", fallbackValue = "true") Boolean tilbudAfproevet;
    @Option(names = "--afproevning-aabenbart-formaalsloes", arity = "0..1", fallbackValue = "true") Boolean formaalsloes;
    @Option(names = "--ressourcer-afklaret", arity = "0..1", fallbackValue = "true") Boolean ressourcerAfklaret;
    @Option(names = "--hidtidig-arbejdsplads", arity = "0..1", fallbackValue = "true") Boolean hidtidig;
    @Option(names = "--maaneder-under-sociale-kapitler", paramLabel = "MÅNEDER") Integer maaneder;
    @Option(names = "--skriftlig-aftale", arity = "0..1", fallbackValue = "true") Boolean skriftligAftale;
    @Option(names = "--akut-skade-eller-sygdom", arity = "0..1", fallbackValue = "true") Boolean akut;
    @Option(names = "--foranstaltninger-aabenbart-formaalsloese", arity = "0..1", fallbackValue = "true") Boolean foranstaltninger;
    @Option(names = "--handicap", arity = "0..1", fallbackValue = "true") Boolean handicap;
    @Option(names = "--uddannelse-maaneder", paramLabel = "MÅNEDER") Integer uddannelseMaaneder;
    @Option(names = "--uddannelse-giver-ret-til-akasse", arity = "0..1", fallbackValue = "true") Boolean akasse;
    @Option(names = "--erhvervserfaring-i-faget", arity = "0..1", fallbackValue = "true") Boolean erfaring;
    @Option(names = "--uddannelse-afsluttet", paramLabel = "ÅÅÅÅ-MM-DD") LocalDate uddannelseAfsluttet;
    @Option(names = "--ansaettelse-start", paramLabel = "ÅÅÅÅ-MM-DD") LocalDate ansaettelseStart;
    @Option(names = "--varig-og-betydelig-funktionsnedsaettelse", arity = "0..1", fallbackValue = "true") Boolean funktionsnedsaettelse;
    @Option(names = "--behov-for-personlig-hjaelp", arity = "0..1", fallbackValue = "true") Boolean behov;
    @Option(names = "--arbejdstimer-pr-uge", paramLabel = "TIMER") BigDecimal arbejdstimer;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        VisitationRequest request = new VisitationRequest(foedselsdato,
            vurderingsdato == null ? LocalDate.now() : vurderingsdato, modtagerFoertidspension, modtagerSeniorpension,
            udnyttetTidligPension, varige, normale, effektiveTimer, megetBegraenset, udvikling, tilbudAfproevet,
            formaalsloes, ressourcerAfklaret, hidtidig, maaneder, skriftligAftale, akut, foranstaltninger, handicap,
            uddannelseMaaneder, akasse, erfaring, uddannelseAfsluttet, ansaettelseStart, funktionsnedsaettelse, behov,
            arbejdstimer, output.parametre);
        VisitationResult r = Visitation.calculate(request);
        Printer printer = new Printer(spec.commandLine().getOut());
        if (output.json) {
            printer.json(r);
            return 0;
        }
        printer.explanation(r.forklaring());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Resultat");
        for (Vurdering v : new Vurdering[] {r.personkreds(), r.fastholdelse(), r.isbryder(), r.personligAssistance()}) {
            if (v != null) {
                out.println("  " + v.emne() + ": " + v.svar().danish() + (v.skalAfklares() ? " (skal afklares)" : ""));
            }
        }
        out.println();
        out.println("Regelversion " + r.regelversion());
        out.flush();
        return 0;
    }
}
