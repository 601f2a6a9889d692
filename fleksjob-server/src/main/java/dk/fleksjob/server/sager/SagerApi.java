package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.store.Bevilling;
import dk.fleksjob.store.CaseFile;
import dk.fleksjob.store.CaseFlag;
import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.ConcurrentChangeException;
import dk.fleksjob.store.NotFoundException;
import dk.fleksjob.store.Payout;
import dk.fleksjob.store.Person;
import dk.fleksjob.store.PersonSummary;
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
 * read (a stale version gives 409 problem+json), read a payout's explanation, decide a pending efterregulering. The CPR number goes in only when a
 * case is created and comes out only masked.
 */
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
    public record Sag(long id, String jobcenter, String cpr, String navn, int version) {
        static Sag of(Person p) {
            return new Sag(p.id(), p.jobcenter(), p.cpr().masked(), p.navn(), p.version());
        }
    }

    public record NySag(String cpr, String navn) {
    }

    public record NytNavn(String navn, Integer version) {
    }

    public record BevillingInput(Bevilling.Type type, LocalDate fra, LocalDate til, Integer version) {
    }

    public record Udbetaling(long id, YearMonth maaned, int loebenummer, Payout.Art art, Payout.Status status,
                             BigDecimal beregnetTilskud, BigDecimal tilskud, BigDecimal atp, BigDecimal udbetalt,
                             String regelversion, int version) {
        static Udbetaling of(Payout p) {
            return new Udbetaling(p.id(), p.maaned(), p.loebenummer(), p.art(), p.status(), p.beregnetTilskud(),
                p.tilskud(), p.atp(), p.udbetalt(), p.regelversion(), p.version());
        }
    }

    public record Sagsakt(Sag person, List<Bevilling> bevillinger, List<Udbetaling> udbetalinger, List<CaseFlag> flag) {
    }

    @GetMapping
    List<PersonSummary> list(Authentication auth) {
        return store.get().cases().persons(users.caseworker(auth));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Sag> create(Authentication auth, @RequestBody NySag body) {
        Caseworker who = users.caseworker(auth);
        Person p = store.get().cases().createPerson(who, body.cpr(), body.navn());
        LOG.info("Sag oprettet via API: person {} i jobcenter {} af {}", p.id(), p.jobcenter(), who.ident());
        return ResponseEntity.created(URI.create("/api/v1/sager/" + p.id())).body(Sag.of(p));
    }

    @GetMapping("/{id}")
    Sagsakt read(Authentication auth, @PathVariable("id") long id) {
        CaseFile f = store.get().cases().caseFile(users.caseworker(auth), id);
        return new Sagsakt(Sag.of(f.person()), f.bevillinger(), f.udbetalinger().stream().map(Udbetaling::of).toList(),
            f.flag());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Sag rename(Authentication auth, @PathVariable("id") long id, @RequestBody NytNavn body) {
        return Sag.of(store.get().cases().renamePerson(users.caseworker(auth), id, version(body.version()), body.navn()));
    }

    @PostMapping(path = "/{id}/bevillinger", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Bevilling> addGrant(Authentication auth, @PathVariable("id") long id, @RequestBody BevillingInput b) {
        Bevilling created = store.get().cases().addBevilling(users.caseworker(auth), id, type(b), date(b.fra()), b.til());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PutMapping(path = "/{id}/bevillinger/{bevillingId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Bevilling updateGrant(Authentication auth, @PathVariable("id") long id, @PathVariable("bevillingId") long bevillingId,
                          @RequestBody BevillingInput b) {
        Caseworker who = users.caseworker(auth);
        SagerController.requireGrant(store.get().cases().caseFile(who, id), bevillingId);
        return store.get().cases().updateBevilling(who, bevillingId, version(b.version()), type(b), date(b.fra()), b.til());
    }

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
