package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Explanation;
import dk.fleksjob.store.Bevilling;
import dk.fleksjob.store.CaseFile;
import dk.fleksjob.store.CaseFlag;
import dk.fleksjob.store.CaseEvent;
import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.ConcurrentChangeException;
import dk.fleksjob.store.Cpr;
import dk.fleksjob.store.Cvr;
import dk.fleksjob.store.Employment;
import dk.fleksjob.store.NotFoundException;
import dk.fleksjob.store.Payout;
import dk.fleksjob.store.Person;
import dk.fleksjob.store.PersonSummary;
import dk.fleksjob.store.Visitation;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The case API (HTTP Basic, JSON): everything the case pages ({@link SagerController}) do. List, create and read
 * cases; rename a person; add and change grants and employments; add a visitation; register an event; settle a point
 * "skal afklares"; read a payout's explanation; decide a pending efterregulering. A change to an existing record
 * carries the version read (a stale version gives 409 problem+json). The store scopes every call by the caseworker's
 * jobcentre (another jobcentre's case is 404) and audits every change. Bad fields are 422 with one {@code fejl}
 * entry per field ({@link ApiFields}). A create or change answers with what is stored, read back from the store after
 * saving (one query each, e.g. {@link dk.fleksjob.store.Cases#bevilling}): the same JSON as a following GET (18 hours sent are 18.00 stored, numeric(5,2)). The
 * CPR number goes in only when a case is created and comes out only masked.
 * In the OpenAPI document ({@code /v3/api-docs}, see {@code config.OpenApiConfig}) every operation has the HTTP Basic
 * requirement and the problem responses.
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
                        @Schema(example = "Dorte Hansen", maxLength = ColumnLimits.NAVN) String navn) {
    }

    @Schema(description = "Nyt navn på personen", requiredProperties = {"navn", "version"})
    public record NytNavn(@Schema(example = "Dorte B. Hansen", maxLength = ColumnLimits.NAVN) String navn,
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

    @Schema(description = "Hele sagen: personen, visitationer, bevillinger, ansættelser, hændelser, udbetalinger og "
        + "punkter, der skal afklares")
    public record Sagsakt(Sag person, List<Visitation> visitationer, List<Bevilling> bevillinger,
                          List<Ansaettelse> ansaettelser, List<CaseEvent> haendelser, List<Udbetaling> udbetalinger,
                          List<CaseFlag> flag) {
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

    @Schema(description = "En sag i jobcentrets liste")
    public record SagOversigt(@Schema(description = "Sagens id (bruges i adresserne)") long id,
                              @Schema(example = "København") String jobcenter,
                              @Schema(description = "Maskeret: DDMMÅÅ-XXXX", example = "110590-XXXX") String cpr,
                              @Schema(example = "Dorte Hansen") String navn,
                              @Schema(description = "Antal punkter, der skal afklares af en sagsbehandler")
                              int aabnePunkter) {
        static SagOversigt of(PersonSummary p) {
            return new SagOversigt(p.id(), p.jobcenter(), p.cprMasked(), p.navn(), p.openFlags());
        }
    }

    @Operation(summary = "Jobcentrets sager", description = "CPR-numrene maskeret, med antallet af åbne punkter")
    @GetMapping
    List<SagOversigt> list(Authentication auth) {
        List<PersonSummary> persons = store.get().cases().persons(users.caseworker(auth));
        List<SagOversigt> out = new ArrayList<>(persons.size());
        for (PersonSummary p : persons) {
            out.add(SagOversigt.of(p));
        }
        return out;
    }

    @Operation(summary = "Opret en sag i dit jobcenter", description = "CPR-nummeret kontrolleres (10 cifre, en "
        + "gyldig dato) og vises herefter kun maskeret.")
    @ApiResponse(responseCode = "201", description = "Oprettet",
        headers = @Header(name = "Location", description = "Sagens adresse", schema = @Schema(type = "string")))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Sag> create(Authentication auth, @RequestBody NySag body) {
        Caseworker who = users.caseworker(auth);
        ApiFields f = new ApiFields();
        Cpr cpr = f.check(() -> Cpr.of(body.cpr()));
        String navn = f.text(body.navn(), "navn", ColumnLimits.NAVN);
        f.done();
        Person p = store.get().cases().createPerson(who, cpr.value(), navn);
        LOG.info("Sag oprettet via API: person {} i jobcenter {} af {}", p.id(), p.jobcenter(), who.ident());
        return ResponseEntity.created(URI.create("/api/v1/sager/" + p.id()))
            .body(Sag.of(store.get().cases().person(who, p.id())));
    }

    @Operation(summary = "Læs en sag", description = "Personen, visitationer, bevillinger, ansættelser, hændelser, "
        + "udbetalinger og punkter")
    @GetMapping("/{id}")
    Sagsakt read(Authentication auth, @PathVariable("id") long id) {
        CaseFile f = store.get().cases().caseFile(users.caseworker(auth), id);
        return new Sagsakt(Sag.of(f.person()), f.visitationer(), f.bevillinger(),
            f.ansaettelser().stream().map(Ansaettelse::of).toList(), f.haendelser(),
            f.udbetalinger().stream().map(Udbetaling::of).toList(), f.flag());
    }

    @Operation(summary = "Ret personens navn", description = "Med den version, du har læst")
    @ApiResponse(responseCode = "200", description = "Rettet")
    @ApiResponse(responseCode = "409", ref = "SamtidigAendring")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Sag rename(Authentication auth, @PathVariable("id") long id, @RequestBody NytNavn body) {
        Caseworker who = users.caseworker(auth);
        ApiFields f = new ApiFields();
        String navn = f.text(body.navn(), "navn", ColumnLimits.NAVN);
        int version = f.version(body.version());
        f.done();
        store.get().cases().renamePerson(who, id, version, navn);
        return Sag.of(store.get().cases().person(who, id));
    }

    @Operation(summary = "Tilføj en bevilling", description = "LAB § 120; version bruges ikke her")
    @ApiResponse(responseCode = "201", description = "Tilføjet")
    @PostMapping(path = "/{id}/bevillinger", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Bevilling> addGrant(Authentication auth, @PathVariable("id") long id, @RequestBody BevillingInput b) {
        Caseworker who = users.caseworker(auth);
        ApiFields f = new ApiFields();
        Bevilling.Type type = f.required(b.type(), "type", "angiv MIDLERTIDIG eller PERMANENT");
        LocalDate fra = f.date(b.fra(), "fra");
        LocalDate til = f.end(fra, b.til(), "til");
        f.done();
        Bevilling created = store.get().cases().addBevilling(who, id, type, fra, til);
        return ResponseEntity.status(HttpStatus.CREATED).body(storedGrant(who, id, created.id()));
    }

    @Operation(summary = "Ret en bevilling", description = "Med den version, du har læst")
    @ApiResponse(responseCode = "200", description = "Rettet")
    @ApiResponse(responseCode = "409", ref = "SamtidigAendring")
    @PutMapping(path = "/{id}/bevillinger/{bevillingId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Bevilling updateGrant(Authentication auth, @PathVariable("id") long id, @PathVariable("bevillingId") long bevillingId,
                          @RequestBody BevillingInput b) {
        Caseworker who = users.caseworker(auth);
        store.get().cases().bevilling(who, id, bevillingId);
        ApiFields f = new ApiFields();
        Bevilling.Type type = f.required(b.type(), "type", "angiv MIDLERTIDIG eller PERMANENT");
        LocalDate fra = f.date(b.fra(), "fra");
        LocalDate til = f.end(fra, b.til(), "til");
        int version = f.version(b.version());
        f.done();
        store.get().cases().updateBevilling(who, bevillingId, version, type, fra, til);
        return storedGrant(who, id, bevillingId);
    }

    @Operation(summary = "Forklaringen på en udbetaling", description = "Forklaringen præcis som den blev gemt, da "
        + "udbetalingen blev beregnet: trin for trin med beløb, § og satsernes kilder")
    @ApiResponse(responseCode = "200", description = "Forklaringen",
        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Explanation.class)))
    @GetMapping("/{id}/udbetalinger/{udbetalingId}/forklaring")
    String explanation(Authentication auth, @PathVariable("id") long id, @PathVariable("udbetalingId") long payoutId) {
        Caseworker who = users.caseworker(auth);
        store.get().cases().udbetaling(who, id, payoutId);
        return store.get().cases().explanationJson(who, payoutId);
    }

    // ---- employments, visitations, events --------------------------------------------------------------------

    /** An employment as it is sent: the fields of {@link Ansaettelse} without the id; the version only to change one. */
    @Schema(description = "En ansættelse i fleksjob (LAB § 122), som den sendes: felterne fra Ansaettelse uden id",
        requiredProperties = {"cvr", "fra", "timerPrUge", "timeloen"})
    public record AnsaettelseInput(@Schema(description = "Arbejdsgiverens CVR-nummer, 8 cifre", example = "12345678")
                                   String cvr,
                                   @Schema(description = "Første dag", example = "2026-01-01") LocalDate fra,
                                   @Schema(description = "Sidste dag, eller tom mens den varer") LocalDate til,
                                   @Schema(description = "Timer pr. uge på arbejdspladsen (0–999,99, højst 2 decimaler)",
                                       example = "18") BigDecimal timerPrUge,
                                   @Schema(description = "Arbejdsintensiteten, over 0 og højst 1 (1 = 100 pct.), højst "
                                       + "3 decimaler; tom = 1", example = "1") BigDecimal intensitet,
                                   @Schema(description = "Timeløn uden pension, højst 2 decimaler", example = "190.48")
                                   BigDecimal timeloen,
                                   @Schema(description = "Egen og arbejdsgiverens pension i pct. af timelønnen (0–999,99); "
                                       + "tom = 0", example = "5") BigDecimal pensionProcent,
                                   @Schema(description = "Lønloftet, arbejdsgiverens fuldtidsløn pr. måned (LAB § 123, "
                                       + "stk. 3), eller tom", example = "32067") BigDecimal fuldtidsloen,
                                   @Schema(description = "Om det er personens første fleksjob (LAB § 120): true (ja), "
                                       + "false (nej) eller tom (ikke oplyst). En ændring sender hele ansættelsen: tom "
                                       + "betyder ikke oplyst") Boolean foersteFleksjob,
                                   @Schema(description = "Den version, du har læst (kun ved ændring)") Integer version) {
    }

    @Operation(summary = "Tilføj en ansættelse", description = "LAB § 122: arbejdsgiver, timer, intensitet og løn som "
        + "aftalt; version bruges ikke her")
    @ApiResponse(responseCode = "201", description = "Tilføjet",
        headers = @Header(name = "Location", description = "Ansættelsens adresse", schema = @Schema(type = "string")))
    @PostMapping(path = "/{id}/ansaettelser", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Ansaettelse> addEmployment(Authentication auth, @PathVariable("id") long id,
                                              @RequestBody AnsaettelseInput body) {
        Caseworker who = users.caseworker(auth);
        ApiFields fields = new ApiFields();
        Employment.Terms terms = terms(body, fields);
        fields.done();
        Employment e = store.get().cases().addEmployment(who, id, terms);
        return ResponseEntity.created(URI.create("/api/v1/sager/" + id + "/ansaettelser/" + e.id()))
            .body(storedEmployment(who, id, e.id()));
    }

    @Operation(summary = "Læs en ansættelse", description = "Med den version, en ændring skal sendes med")
    @GetMapping("/{id}/ansaettelser/{ansaettelseId}")
    Ansaettelse readEmployment(Authentication auth, @PathVariable("id") long id,
                               @PathVariable("ansaettelseId") long employmentId) {
        return Ansaettelse.of(store.get().cases().ansaettelse(users.caseworker(auth), id, employmentId));
    }

    @Operation(summary = "Ret en ansættelse", description = "Hele ansættelsen med den version, du har læst; et felt, "
        + "der udelades, er tomt (foersteFleksjob: ikke oplyst, intensitet: 1, pensionProcent: 0)")
    @ApiResponse(responseCode = "200", description = "Rettet")
    @ApiResponse(responseCode = "409", ref = "SamtidigAendring")
    @PutMapping(path = "/{id}/ansaettelser/{ansaettelseId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Ansaettelse updateEmployment(Authentication auth, @PathVariable("id") long id,
                                 @PathVariable("ansaettelseId") long employmentId, @RequestBody AnsaettelseInput body) {
        Caseworker who = users.caseworker(auth);
        store.get().cases().ansaettelse(who, id, employmentId);
        ApiFields fields = new ApiFields();
        Employment.Terms terms = terms(body, fields);
        int version = fields.version(body.version());
        fields.done();
        store.get().cases().updateEmployment(who, employmentId, version, terms);
        return storedEmployment(who, id, employmentId);
    }

    /** The terms of an employment as the form reads them ({@code SagerController.terms}), with every bad field. */
    private static Employment.Terms terms(AnsaettelseInput a, ApiFields f) {
        String cvrText = f.text(a.cvr(), "cvr", Integer.MAX_VALUE);
        Cvr cvr = cvrText == null ? null : f.check(() -> Cvr.of(cvrText));
        LocalDate fra = f.date(a.fra(), "fra");
        LocalDate til = f.end(fra, a.til(), "til");
        BigDecimal timer = f.number(a.timerPrUge(), "timerPrUge", ColumnLimits.Bound.HUNDREDS);
        BigDecimal intensitet = a.intensitet() == null ? BigDecimal.ONE : f.intensity(a.intensitet(), "intensitet");
        BigDecimal timeloen = f.number(a.timeloen(), "timeloen", ColumnLimits.Bound.WAGE);
        BigDecimal pension = a.pensionProcent() == null ? BigDecimal.ZERO
            : f.number(a.pensionProcent(), "pensionProcent", ColumnLimits.Bound.HUNDREDS);
        BigDecimal fuldtidsloen = f.optionalNumber(a.fuldtidsloen(), "fuldtidsloen", ColumnLimits.Bound.AMOUNT);
        return new Employment.Terms(cvr, fra, til, timer, intensitet, timeloen, pension, fuldtidsloen,
            a.foersteFleksjob());
    }

    @Schema(description = "En visitation til fleksjob (LAB § 118) med den vurderede arbejdsevne (LAB § 122, stk. 2)",
        requiredProperties = {"dato", "timerPrUge", "intensitet", "ledighedsydelseKategori"})
    public record VisitationInput(@Schema(description = "Visitationens dato", example = "2025-11-15") LocalDate dato,
                                  @Schema(description = "Timer pr. uge (0–999,99, højst 2 decimaler)", example = "18")
                                  BigDecimal timerPrUge,
                                  @Schema(description = "Arbejdsintensiteten, over 0 og højst 1, højst 3 decimaler",
                                      example = "0.8") BigDecimal intensitet,
                                  @Schema(description = "Ledighedsydelsens kategori, fritekst, højst 40 tegn",
                                      example = "89 pct.", maxLength = ColumnLimits.KATEGORI) String ledighedsydelseKategori) {
    }

    @Operation(summary = "Tilføj en visitation", description = "LAB § 118, med arbejdsevnen (timer og intensitet)")
    @ApiResponse(responseCode = "201", description = "Tilføjet")
    @PostMapping(path = "/{id}/visitationer", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Visitation> addVisitation(Authentication auth, @PathVariable("id") long id,
                                             @RequestBody VisitationInput body) {
        Caseworker who = users.caseworker(auth);
        ApiFields f = new ApiFields();
        LocalDate dato = f.date(body.dato(), "dato");
        BigDecimal timer = f.number(body.timerPrUge(), "timerPrUge", ColumnLimits.Bound.HUNDREDS);
        BigDecimal intensitet = f.intensity(body.intensitet(), "intensitet");
        String kategori = f.text(body.ledighedsydelseKategori(), "ledighedsydelseKategori", ColumnLimits.KATEGORI);
        f.done();
        Visitation v = store.get().cases().addVisitation(who, id, dato, timer, intensitet, kategori);
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(store.get().cases().visitation(who, id, v.id()));
    }

    @Schema(description = "En hændelse på sagen; den ændrer ingen udbetaling i sig selv, men udbetalingskørslen gør "
        + "den til et punkt, der skal afklares, for måneden", requiredProperties = {"type", "dato"})
    public record HaendelseInput(@Schema(description = "AFVIST_TILBUD, OPSAGT, SYGDOM (LAB § 124) eller FLYTNING "
                                     + "(LAB § 123, stk. 4)") CaseEvent.Type type,
                                 @Schema(description = "Hændelsens dato", example = "2026-03-02") LocalDate dato,
                                 @Schema(description = "Note, højst 2000 tegn", maxLength = ColumnLimits.NOTE) String note) {
    }

    @Operation(summary = "Registrér en hændelse", description = "Afvist tilbud, opsagt, sygdom eller flytning")
    @ApiResponse(responseCode = "201", description = "Registreret")
    @PostMapping(path = "/{id}/haendelser", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseEvent> addEvent(Authentication auth, @PathVariable("id") long id, @RequestBody HaendelseInput body) {
        Caseworker who = users.caseworker(auth);
        ApiFields f = new ApiFields();
        CaseEvent.Type type = f.required(body.type(), "type", "angiv AFVIST_TILBUD, OPSAGT, SYGDOM eller FLYTNING");
        LocalDate dato = f.date(body.dato(), "dato");
        String note = f.optionalText(body.note(), "note", ColumnLimits.NOTE);
        f.done();
        CaseEvent e = store.get().cases().registerEvent(who, id, type, dato, note);
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(store.get().cases().haendelse(who, id, e.id()));
    }

    // ---- settling a point "skal afklares" -------------------------------------------------------------------

    @Schema(description = "Afklaringen af et punkt, der skal afklares", requiredProperties = {"version", "afklaring"})
    public record AfklaringInput(@Schema(description = "Den version af punktet, du har læst") Integer version,
                                 @Schema(description = "Hvad der er afgjort og hvorfor, højst 2000 tegn",
                                     example = "Lønsedlen for marts er modtaget", maxLength = ColumnLimits.AFKLARING)
                                 String afklaring) {
    }

    @Operation(summary = "Afklar et punkt", description = "Et åbent punkt, der skal afklares, afklares med "
        + "begrundelsen og den version, du har læst. Et punkt, der allerede er afklaret, afklares ikke igen (409).")
    @ApiResponse(responseCode = "200", description = "Afklaret: punktet med status AFKLARET")
    @ApiResponse(responseCode = "409", ref = "PunktIkkeAabent")
    @PostMapping(path = "/{id}/flag/{flagId}/afklaring", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseFlag resolveFlag(Authentication auth, @PathVariable("id") long id, @PathVariable("flagId") long flagId,
                         @RequestBody AfklaringInput body) {
        Caseworker who = users.caseworker(auth);
        CaseFlag flag = store.get().cases().flag(who, id, flagId);
        ApiFields f = new ApiFields();
        int version = f.version(body.version());
        String afklaring = f.text(body.afklaring(), "afklaring", ColumnLimits.AFKLARING);
        f.done();
        // The store settles whatever has the version sent: a point already settled is refused here, and a version
        // other than the one just read is stale, so the store's update (by version) cannot settle it twice.
        if (flag.status() == CaseFlag.Status.AFKLARET) {
            throw new AlreadySettledException(flag);
        }
        if (flag.version() != version) {
            throw new ConcurrentChangeException("flag", flagId);
        }
        return store.get().cases().resolveFlag(who, flagId, version, afklaring);
    }

    /** A point that is already settled: nothing is written. */
    static final class AlreadySettledException extends RuntimeException {

        final transient CaseFlag flag;

        AlreadySettledException(CaseFlag flag) {
            super("punkt " + flag.id() + " er allerede afklaret");
            this.flag = flag;
        }
    }

    // ---- a decision on a pending efterregulering ----------------------------------------------------------

    /**
     * Approve ({@code godkend: true}) or drop ({@code false}) a negative efterregulering; the reason is required. Its
     * limit ({@link #MAX_BEGRUNDELSE}) is computed, which an annotation cannot hold: {@code config.OpenApiConfig} puts
     * it in the schema as maxLength.
     */
    @Schema(description = "En afgørelse af en negativ efterregulering, der afventer afgørelse",
        requiredProperties = {"version", "godkend", "begrundelse"})
    public record AfgoerelseInput(@Schema(description = "Den version af udbetalingen, du har læst") Integer version,
                                  @Schema(description = "true: godkend efterreguleringen; false: frafald den")
                                  Boolean godkend,
                                  @Schema(description = "Begrundelsen. Sagens punkt afklares med den efter "
                                      + "\"Efterreguleringen er godkendt: \" eller \"Efterreguleringen er frafaldet: \" "
                                      + "(højst maxLength tegn, så det hele kan gemmes)",
                                      example = "Partshøringen er gennemført; beløbet modregnes")
                                  String begrundelse) {

        /** The reason's limit: the point's afklaring column less the longer prefix ({@link ColumnLimits#BEGRUNDELSE}). */
        public static final int MAX_BEGRUNDELSE = ColumnLimits.BEGRUNDELSE;
    }

    @Operation(summary = "Afgør en negativ efterregulering", description = "Godkend (godkend: true) eller frafald "
        + "(false) en efterregulering, der afventer afgørelse efter partshøring (forvaltningsloven § 19); begrundelsen "
        + "skal udfyldes, og sagens punkt afklares med den. Med den version, du har læst")
    @ApiResponse(responseCode = "409", ref = "SamtidigAendring")
    @PostMapping(path = "/{id}/udbetalinger/{udbetalingId}/afgoerelse", consumes = MediaType.APPLICATION_JSON_VALUE)
    Udbetaling decidePayout(Authentication auth, @PathVariable("id") long id, @PathVariable("udbetalingId") long payoutId,
                            @RequestBody AfgoerelseInput body) {
        Caseworker who = users.caseworker(auth);
        store.get().cases().udbetaling(who, id, payoutId);
        ApiFields f = new ApiFields();
        int version = f.version(body.version());
        Boolean godkend = f.required(body.godkend(), "godkend", "angiv true (godkend) eller false (frafald)");
        String begrundelse = f.text(body.begrundelse(), "begrundelse", ColumnLimits.BEGRUNDELSE);
        f.done();
        return Udbetaling.of(store.get().cases().decidePayout(who, payoutId, version, godkend, begrundelse));
    }

    // ---- the answer of a change: what is stored ----------------------------------------------------------

    /*
     * A row as the store holds it, read back after a change in the same request (one query), so that the answer is
     * what a following GET returns: the numbers with the column's decimals (numeric(5,2): 18 sent is 18.00), the time
     * registered as the column keeps it. (The settling of a point and a decision are answered with the row the store
     * reads back itself.) A change by someone else in between shows in the answer, as it would in the GET.
     */

    private Bevilling storedGrant(Caseworker who, long id, long bevillingId) {
        return store.get().cases().bevilling(who, id, bevillingId);
    }

    private Ansaettelse storedEmployment(Caseworker who, long id, long employmentId) {
        return Ansaettelse.of(store.get().cases().ansaettelse(who, id, employmentId));
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

        @ExceptionHandler(AlreadySettledException.class)
        ProblemDetail alreadySettled(AlreadySettledException e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Punktet er allerede afklaret af "
                + e.flag.afklaretAf() + ". Intet er gemt. Læs sagen igen for at se afklaringen.");
            p.setType(URI.create("urn:fleksjob:problem:allerede-afklaret"));
            p.setTitle("Punktet er allerede afklaret");
            return p;
        }

        @ExceptionHandler(InvalidInputException.class)
        ProblemDetail invalid(InvalidInputException e) {
            return unusable(List.of(e));
        }

        @ExceptionHandler(InvalidFields.class)
        ProblemDetail invalidFields(InvalidFields e) {
            return unusable(e.errors());
        }

        /** 422 with one {@code fejl} entry {@code {felt, besked}} per field; one field's message is the detail. */
        private static ProblemDetail unusable(List<InvalidInputException> errors) {
            String detail = errors.size() == 1 ? errors.get(0).getMessage() : errors.size() + " felter kan ikke "
                + "bruges: " + String.join(", ", errors.stream().map(InvalidInputException::field).toList()) + ".";
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
            p.setTitle("Oplysningerne kan ikke bruges");
            p.setProperties(Map.of("fejl", errors.stream().map(e -> {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("felt", e.field());
                m.put("besked", e.getMessage());
                return m;
            }).toList()));
            return p;
        }
    }
}
