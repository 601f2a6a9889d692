package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Explanation;
import dk.fleksjob.store.Bevilling;
import dk.fleksjob.store.CaseFile;
import dk.fleksjob.store.CaseFlag;
import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.ConcurrentChangeException;
import dk.fleksjob.store.Employment;
import dk.fleksjob.store.NotFoundException;
import dk.fleksjob.store.Payout;
import dk.fleksjob.store.Person;
import dk.fleksjob.store.PersonSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The case API (HTTP Basic, JSON): list, create and read cases, rename a person and change a grant with the version
 * read (a stale version gives 409 problem+json), read a payout's explanation, decide a pending efterregulering. The
 * CPR number goes in only when a case is created and comes out only masked. In the OpenAPI document
 * ({@code /v3/api-docs}, see {@code config.OpenApiConfig}) every operation has the HTTP Basic requirement and the
 * problem responses.
 */
@Tag(name = "Sager", description = "Jobcentrets sager: kun for sagsbehandlere, med HTTP Basic")
@SecurityRequirement(name = "basic")
@RestController
@RequestMapping(path = "/api/v1/sager", produces = MediaType.APPLICATION_JSON_VALUE)
public class SagerApi {

    private static final Logger LOG = LoggerFactory.getLogger(SagerApi.class);

    private final SagerStore store;
    private final SagerUsers users;

    public SagerApi(SagerStore store, SagerUsers users) {
        this.store = store;
        this.users = users;
    }

    /** A person as the API shows it: the CPR number masked. */
    @Schema(description = "En sag (en person) som API'et viser den: CPR-nummeret maskeret")
    public record Sag(@Schema(description = "Sagens id (bruges i adresserne)") long id,
                      @Schema(example = "København") String jobcenter,
                      @Schema(description = "Maskeret: DDMMÅÅ-XXXX", example = "110590-XXXX") String cpr,
                      @Schema(example = "Dorte Hansen") String navn,
                      @Schema(description = "Versionen til næste ændring (optimistisk låsning)") int version) {
        static Sag of(Person p) {
            return new Sag(p.id(), p.jobcenter(), p.cpr().masked(), p.navn(), p.version());
        }
    }

    @Schema(description = "En ny sag", requiredProperties = {"cpr", "navn"})
    public record NySag(@Schema(description = "CPR-nummer, 10 cifre (med eller uden bindestreg); vises aldrig igen "
                            + "umaskeret", example = "1105901234") String cpr,
                        @Schema(example = "Dorte Hansen") String navn) {
    }

    @Schema(description = "Nyt navn på personen", requiredProperties = {"navn", "version"})
    public record NytNavn(@Schema(example = "Dorte B. Hansen") String navn,
                          @Schema(description = "Den version, du har læst") Integer version) {
    }

    @Schema(description = "En bevilling af fleksjob (LAB § 120)", requiredProperties = {"type", "fra"})
    public record BevillingInput(@Schema(description = "MIDLERTIDIG (5 år, § 120, stk. 1) eller PERMANENT (stk. 2)")
                                 Bevilling.Type type,
                                 @Schema(description = "Første dag") LocalDate fra,
                                 @Schema(description = "Sidste dag; tom for en permanent bevilling") LocalDate til,
                                 @Schema(description = "Den version, du har læst (kun ved ændring)") Integer version) {
    }

    public record Udbetaling(long id, YearMonth maaned, int loebenummer, Payout.Art art, Payout.Status status,
                             BigDecimal beregnetTilskud, BigDecimal tilskud, BigDecimal atp, BigDecimal udbetalt,
                             String regelversion, int version) {
        static Udbetaling of(Payout p) {
            return new Udbetaling(p.id(), p.maaned(), p.loebenummer(), p.art(), p.status(), p.beregnetTilskud(),
                p.tilskud(), p.atp(), p.udbetalt(), p.regelversion(), p.version());
        }
    }

    @Schema(description = "Hele sagen: personen, bevillinger, ansættelser, udbetalinger og punkter, der skal afklares")
    public record Sagsakt(Sag person, List<Bevilling> bevillinger, List<Ansaettelse> ansaettelser,
                          List<Udbetaling> udbetalinger, List<CaseFlag> flag) {
    }

    /** An employment as the API shows it (the store's {@code Employment}, flat). */
    @Schema(description = "En ansættelse i fleksjob (LAB § 122)")
    public record Ansaettelse(long id, @Schema(example = "12345678") String cvr, LocalDate fra,
                              @Schema(description = "Sidste dag, eller tom mens den varer") LocalDate til,
                              BigDecimal timerPrUge, BigDecimal intensitet,
                              @Schema(description = "Timeløn uden pension") BigDecimal timeloen,
                              BigDecimal pensionProcent,
                              @Schema(description = "Lønloftet, arbejdsgiverens fuldtidsløn (LAB § 123, stk. 3), eller "
                                  + "tom") BigDecimal fuldtidsloen,
                              @Schema(description = "Om det er personens første fleksjob (LAB § 120); tom = ikke "
                                  + "oplyst, så antager fristkalenderen, at det er") Boolean foersteFleksjob,
                              int version) {
        static Ansaettelse of(Employment e) {
            Employment.Terms t = e.terms();
            return new Ansaettelse(e.id(), t.cvr().value(), t.fra(), t.til(), t.timerPrUge(), t.intensitet(),
                t.timeloen(), t.pensionProcent(), t.fuldtidsloen(), t.foersteFleksjob(), e.version());
        }
    }

    @Operation(summary = "Jobcentrets sager", description = "CPR-numrene maskeret, med antallet af åbne punkter")
    @GetMapping
    List<PersonSummary> list(Authentication auth) {
        return store.get().cases().persons(users.caseworker(auth));
    }

    @Operation(summary = "Opret en sag i dit jobcenter", description = "CPR-nummeret kontrolleres (10 cifre, en "
        + "gyldig dato) og vises herefter kun maskeret.")
    @ApiResponse(responseCode = "201", description = "Oprettet",
        headers = @Header(name = "Location", description = "Sagens adresse", schema = @Schema(type = "string")))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Sag> create(Authentication auth, @RequestBody NySag body) {
        Caseworker who = users.caseworker(auth);
        Person p = store.get().cases().createPerson(who, body.cpr(), body.navn());
        LOG.info("Sag oprettet via API: person {} i jobcenter {} af {}", p.id(), p.jobcenter(), who.ident());
        return ResponseEntity.created(URI.create("/api/v1/sager/" + p.id())).body(Sag.of(p));
    }

    @Operation(summary = "Læs en sag", description = "Personen, bevillinger, ansættelser, udbetalinger og punkter")
    @GetMapping("/{id}")
    Sagsakt read(Authentication auth, @PathVariable("id") long id) {
        CaseFile f = store.get().cases().caseFile(users.caseworker(auth), id);
        return new Sagsakt(Sag.of(f.person()), f.bevillinger(), f.ansaettelser().stream().map(Ansaettelse::of).toList(),
            f.udbetalinger().stream().map(Udbetaling::of).toList(), f.flag());
    }

    @Operation(summary = "Ret personens navn", description = "Med den version, du har læst")
    @ApiResponse(responseCode = "200", description = "Rettet")
    @ApiResponse(responseCode = "409", ref = "SamtidigAendring")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Sag rename(Authentication auth, @PathVariable("id") long id, @RequestBody NytNavn body) {
        return Sag.of(store.get().cases().renamePerson(users.caseworker(auth), id, version(body.version()), body.navn()));
    }

    @Operation(summary = "Tilføj en bevilling", description = "LAB § 120; version bruges ikke her")
    @ApiResponse(responseCode = "201", description = "Tilføjet")
    @PostMapping(path = "/{id}/bevillinger", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Bevilling> addGrant(Authentication auth, @PathVariable("id") long id, @RequestBody BevillingInput b) {
        Bevilling created = store.get().cases().addBevilling(users.caseworker(auth), id, type(b), date(b.fra()), b.til());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @Operation(summary = "Ret en bevilling", description = "Med den version, du har læst")
    @ApiResponse(responseCode = "200", description = "Rettet")
    @ApiResponse(responseCode = "409", ref = "SamtidigAendring")
    @PutMapping(path = "/{id}/bevillinger/{bevillingId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Bevilling updateGrant(Authentication auth, @PathVariable("id") long id, @PathVariable("bevillingId") long bevillingId,
                          @RequestBody BevillingInput b) {
        Caseworker who = users.caseworker(auth);
        SagerController.requireGrant(store.get().cases().caseFile(who, id), bevillingId);
        return store.get().cases().updateBevilling(who, bevillingId, version(b.version()), type(b), date(b.fra()), b.til());
    }

    @Operation(summary = "Forklaringen på en udbetaling", description = "Forklaringen præcis som den blev gemt, da "
        + "udbetalingen blev beregnet: trin for trin med beløb, § og satsernes kilder")
    @ApiResponse(responseCode = "200", description = "Forklaringen",
        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Explanation.class)))
    @GetMapping("/{id}/udbetalinger/{udbetalingId}/forklaring")
    String explanation(Authentication auth, @PathVariable("id") long id, @PathVariable("udbetalingId") long payoutId) {
        Caseworker who = users.caseworker(auth);
        SagerController.requirePayout(store.get().cases().caseFile(who, id), payoutId);
        return store.get().cases().explanationJson(who, payoutId);
    }

    // ---- a decision on a pending efterregulering ----------------------------------------------------------

    /** Approve ({@code godkend: true}) or drop ({@code false}) a negative efterregulering; the reason is required. */
    public record AfgoerelseInput(Integer version, Boolean godkend, String begrundelse) {
    }

    @Operation(summary = "Afgør en negativ efterregulering", description = "Godkend (godkend: true) eller frafald "
        + "(false) en efterregulering, der afventer afgørelse efter partshøring (forvaltningsloven § 19); begrundelsen "
        + "skal udfyldes, og sagens punkt afklares med den. Med den version, du har læst")
    @ApiResponse(responseCode = "409", ref = "SamtidigAendring")
    @PostMapping(path = "/{id}/udbetalinger/{udbetalingId}/afgoerelse", consumes = MediaType.APPLICATION_JSON_VALUE)
    Udbetaling decidePayout(Authentication auth, @PathVariable("id") long id, @PathVariable("udbetalingId") long payoutId,
                            @RequestBody AfgoerelseInput body) {
        Caseworker who = users.caseworker(auth);
        SagerController.requirePayout(store.get().cases().caseFile(who, id), payoutId);
        if (body.godkend() == null) {
            throw new InvalidInputException("godkend", "angiv true (godkend) eller false (frafald)");
        }
        return Udbetaling.of(store.get().cases().decidePayout(who, payoutId, version(body.version()), body.godkend(),
            body.begrundelse()));
    }

    private static int version(Integer v) {
        if (v == null) {
            throw new InvalidInputException("version", "angiv den version, du har læst");
        }
        return v;
    }

    private static Bevilling.Type type(BevillingInput b) {
        if (b.type() == null) {
            throw new InvalidInputException("type", "angiv MIDLERTIDIG eller PERMANENT");
        }
        return b.type();
    }

    private static LocalDate date(LocalDate d) {
        if (d == null) {
            throw new InvalidInputException("fra", "angiv startdatoen");
        }
        return d;
    }

    /** The API's errors as RFC 9457 problem details, in Danish. */
    @RestControllerAdvice(assignableTypes = SagerApi.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Errors {

        @ExceptionHandler(ConcurrentChangeException.class)
        ProblemDetail conflict(ConcurrentChangeException e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Sagen er ændret af en anden, "
                + "siden du læste den. Intet er gemt. Læs sagen igen og send ændringen med den nye version.");
            p.setType(URI.create("urn:fleksjob:problem:samtidig-aendring"));
            p.setTitle("Sagen er ændret af en anden");
            return p;
        }

        @ExceptionHandler(NotFoundException.class)
        ProblemDetail notFound(NotFoundException e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Findes ikke i dit jobcenter.");
            p.setTitle("Findes ikke");
            return p;
        }

        @ExceptionHandler(InvalidInputException.class)
        ProblemDetail invalid(InvalidInputException e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
            p.setTitle("Oplysningerne kan ikke bruges");
            p.setProperties(Map.of("fejl", List.of(Map.of("felt", e.field(), "besked", e.getMessage()))));
            return p;
        }
    }
}
