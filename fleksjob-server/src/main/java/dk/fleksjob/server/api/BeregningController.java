package dk.fleksjob.server.api;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.ferie.Ferie;
import dk.fleksjob.rules.ferie.FerieRequest;
import dk.fleksjob.rules.ferie.FerieResult;
import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudResult;
import dk.fleksjob.rules.fleksloentilskud.kontrol.Afregning;
import dk.fleksjob.rules.fleksloentilskud.kontrol.Kontrol;
import dk.fleksjob.rules.fleksloentilskud.kontrol.KontrolResultat;
import dk.fleksjob.rules.fleksloentilskud.maaned.JsonFil;
import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedFil;
import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedInput;
import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedResultat;
import dk.fleksjob.rules.fleksloentilskud.maaned.Maanedsberegning;
import dk.fleksjob.rules.fleksydelse.Fleksydelse;
import dk.fleksjob.rules.fleksydelse.FleksydelseRequest;
import dk.fleksjob.rules.fleksydelse.FleksydelseResult;
import dk.fleksjob.rules.frister.Frister;
import dk.fleksjob.rules.frister.FristerRequest;
import dk.fleksjob.rules.frister.FristerResult;
import dk.fleksjob.rules.gammelordning.GammelOrdning;
import dk.fleksjob.rules.gammelordning.GammelOrdningRequest;
import dk.fleksjob.rules.gammelordning.GammelOrdningResult;
import dk.fleksjob.rules.ledighedsydelse.Ledighedsydelse;
import dk.fleksjob.rules.ledighedsydelse.LedighedsydelseRequest;
import dk.fleksjob.rules.ledighedsydelse.LedighedsydelseResult;
import dk.fleksjob.rules.sammenligning.Sammenligning;
import dk.fleksjob.rules.sammenligning.SammenligningRequest;
import dk.fleksjob.rules.sammenligning.SammenligningResult;
import dk.fleksjob.rules.selvstaendige.TilskudSelvstaendig;
import dk.fleksjob.rules.selvstaendige.TilskudSelvstaendigRequest;
import dk.fleksjob.rules.selvstaendige.TilskudSelvstaendigResult;
import dk.fleksjob.rules.visitation.Visitation;
import dk.fleksjob.rules.visitation.VisitationRequest;
import dk.fleksjob.rules.visitation.VisitationResult;
import dk.fleksjob.server.input.Calculations;
import dk.fleksjob.server.input.FileBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/beregninger/<emne>}: one calculation per CLI subcommand ({@code fleksjob beregn <emne>}), with
 * the same request and result records as the CLI's {@code --json}, the explanation tree in {@code forklaring}, and
 * what-if overrides in {@code parametre}. Bad input gives a problem (RFC 9457) with a field list; see
 * {@link ApiExceptionHandler}.
 *
 * <p>Adding a calculation is one method here: the rules' request record in, the rules' result record out, run
 * through {@link Calculations#run}.
 */
@RestController
@RequestMapping(path = "/api/v1/beregninger", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Beregninger", description = "Beregninger med forklaring; samme felter som CLI'ens --json.")
public class BeregningController {

    private static final Set<String> KONTROL_FIELDS = Set.of("maaned", "afregning");

    private final Calculations calculations;
    private final FileBodies files;

    public BeregningController(Calculations calculations, FileBodies files) {
        this.calculations = calculations;
        this.files = files;
    }

    /** The body of {@code kontroller}: a month file and the kommune's statement for the same month. */
    @Schema(name = "KontrolRequest", description = "Månedsfilen (som `beregn maaned`) og kommunens afregning.")
    public record KontrolRequest(MaanedInput maaned, Afregning afregning) {
    }

    @PostMapping(path = "/fleksloentilskud", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fleksløntilskud for en måned (LAB § 123)",
        description = "Som `fleksjob beregn fleksloentilskud --json`. `maaned` er måneden, tilskuddet er for; lønnen er "
            + "lønnen i måneden før. Angiv `timeloen` og `timer` (og evt. `intensitet`) eller `maanedsloen`.")
    public FleksloentilskudResult fleksloentilskud(@RequestBody FleksloentilskudRequest request) {
        return calculations.run(request, Fleksloentilskud::calculate);
    }

    @PostMapping(path = "/ledighedsydelse", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ledighedsydelse for en måned (LAS §§ 74 a, 74 b og 74 d)",
        description = "Som `fleksjob beregn ledighedsydelse --json`. `loen` er lønnen i måneden før. `kategori` er "
            + "`SATS_89`, `FORSOERGER` eller `IKKE_FORSOERGER`.")
    public LedighedsydelseResult ledighedsydelse(@RequestBody LedighedsydelseRequest request) {
        return calculations.run(request, Ledighedsydelse::calculate);
    }

    @PostMapping(path = "/fleksydelse", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fleksydelse for et år og en måned (lov om fleksydelse §§ 17, 18 og 20)",
        description = "Som `fleksjob beregn fleksydelse --json`: satsen, fradraget for pension og for arbejde.")
    public FleksydelseResult fleksydelse(@RequestBody FleksydelseRequest request) {
        return calculations.run(request, Fleksydelse::calculate);
    }

    @PostMapping(path = "/selvstaendig", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tilskud til selvstændige med nedsat arbejdsevne for et år (LAB § 126)",
        description = "Som `fleksjob beregn selvstaendig --json`.")
    public TilskudSelvstaendigResult selvstaendig(@RequestBody TilskudSelvstaendigRequest request) {
        return calculations.run(request, TilskudSelvstaendig::calculate);
    }

    @PostMapping(path = "/gammel-ordning", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tilskud til arbejdsgiveren i fleksjob fra før 2013 (LAB § 133)",
        description = "Som `fleksjob beregn gammel-ordning --json`. `brok` er `HALV` eller `TO_TREDJEDELE`; angiv "
            + "`loen` (årsløn) eller `timeloen` og `timer`.")
    public GammelOrdningResult gammelOrdning(@RequestBody GammelOrdningRequest request) {
        return calculations.run(request, GammelOrdning::calculate);
    }

    @PostMapping(path = "/frister", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Frister i fleksjob (LAB §§ 119-121, LAS §§ 74 c og 77 a)",
        description = "Som `fleksjob beregn frister --json`.")
    public FristerResult frister(@RequestBody FristerRequest request) {
        return calculations.run(request, Frister::calculate);
    }

    @PostMapping(path = "/visitation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Personkreds for fleksjob, fastholdelse, isbryder og personlig assistance",
        description = "Som `fleksjob beregn visitation --json`. Vurderinger, kun jobcentret kan foretage, angives "
            + "som true/false; udelades de, er svaret »kan ikke afgøres«. Uden `vurderingsdato` bruges i dag.")
    public VisitationResult visitation(@RequestBody VisitationRequest request) {
        return calculations.run(request, r -> Visitation.calculate(r.vurderingsdato() != null ? r : today(r)));
    }

    @PostMapping(path = "/ferie", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ferie i fleksjob: arbejdsdage og feriedage (ferieloven § 5)",
        description = "Som `fleksjob beregn ferie --json`. `arbejdsdage` er ugedage (`MONDAY` … `SUNDAY`).")
    public FerieResult ferie(@RequestBody FerieRequest request) {
        return calculations.run(request, Ferie::calculate);
    }

    @PostMapping(path = "/sammenlign", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Gammel (før 2013) og ny fleksjobordning for samme timer og timeløn",
        description = "Som `fleksjob sammenlign --json`. Uden `brok` antages 2/3.")
    public SammenligningResult sammenlign(@RequestBody SammenligningRequest request) {
        return calculations.run(request, Sammenligning::calculate);
    }

    @PostMapping(path = "/maaned", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fleksløntilskud for en faktisk måned ud fra indtægtslinjer (LAB §§ 123-124)",
        description = "Som `fleksjob beregn maaned --fil MAANED.json --json`: kroppen er månedsfilen "
            + "(docs/maaned/maaned.schema.json), læst af regelbibliotekets egen fortolker.",
        requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = MaanedInput.class))))
    public MaanedResultat maaned(@RequestBody String body) {
        MaanedInput input = files.read(body, MaanedFil::read);
        return calculations.run(input, Maanedsberegning::calculate);
    }

    @PostMapping(path = "/kontroller", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tjek kommunens afregning for en måned linje for linje",
        description = "Som `fleksjob kontroller --fil MAANED.json --afregning AFREGNING.json --json`: "
            + "`{\"maaned\": <månedsfil>, \"afregning\": <afregning>}`. `afvigelser` er 0, når afregningen stemmer.",
        requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = KontrolRequest.class))))
    public KontrolResultat kontroller(@RequestBody String body) {
        KontrolRequest request = files.read(body, BeregningController::kontrolRequest);
        return calculations.run(request, r -> Kontrol.check(r.maaned(), r.afregning()));
    }

    private static KontrolRequest kontrolRequest(JsonFil.Obj o) {
        o.only(KONTROL_FIELDS);
        JsonFil.Obj month = o.obj("maaned");
        if (month == null) {
            throw new InvalidInputException("maaned", "angiv månedens oplysninger som i månedsfilen (maaned)");
        }
        JsonFil.Obj statement = o.obj("afregning");
        if (statement == null) {
            throw new InvalidInputException("afregning", "angiv beløbene fra kommunens afregning (afregning)");
        }
        return new KontrolRequest(MaanedFil.read(month), Afregning.read(statement));
    }

    /** The CLI's default: without a date the assessment is for today. */
    private static VisitationRequest today(VisitationRequest r) {
        return new VisitationRequest(r.foedselsdato(), java.time.LocalDate.now(), r.modtagerFoertidspension(),
            r.modtagerSeniorpension(), r.udnyttetTidligPension(), r.varigeOgVaesentligeBegraensninger(),
            r.kanArbejdePaaNormaleVilkaar(), r.effektiveTimerPrUge(), r.megetBegraensetArbejdsevne(),
            r.udviklingKanIkkeUdelukkes(), r.tilbudAfproevet(), r.afproevningAabenbartFormaalsloes(),
            r.ressourcerAfklaret(), r.hidtidigArbejdsplads(), r.maanederUnderSocialeKapitler(), r.skriftligAftale(),
            r.akutSkadeEllerSygdom(), r.foranstaltningerAabenbartFormaalsloese(), r.handicap(),
            r.uddannelseMaaneder(), r.uddannelseGiverRetTilAkasse(), r.erhvervserfaringIFaget(),
            r.uddannelseAfsluttet(), r.ansaettelseStart(), r.varigOgBetydeligFunktionsnedsaettelse(),
            r.behovForPersonligHjaelp(), r.arbejdstimerPrUge(), r.parametre());
    }
}
