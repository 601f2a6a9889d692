package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.store.Bevilling;
import dk.fleksjob.store.CaseEvent;
import dk.fleksjob.store.CaseFile;
import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.Cases;
import dk.fleksjob.store.Cvr;
import dk.fleksjob.store.Employment;
import dk.fleksjob.store.NotFoundException;
import dk.fleksjob.store.Payout;
import dk.fleksjob.store.Person;
import java.math.BigDecimal;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caseworker's pages: the list of cases (CPR masked), a new case, and one case with its grants, employments,
 * visitations, events, payouts and points "skal afklares". Every change carries the version the caseworker read;
 * if someone else changed the record in between, the store refuses ({@code ConcurrentChangeException}) and
 * {@link SagerErrors} answers 409 with a Danish explanation. URLs carry the person's id, never the CPR number.
 */
@Controller
public class SagerController {

    private static final Logger LOG = LoggerFactory.getLogger(SagerController.class);

    private final SagerStore store;
    private final SagerUsers users;

    public SagerController(SagerStore store, SagerUsers users) {
        this.store = store;
        this.users = users;
    }

    private Cases cases() {
        return store.get().cases();
    }

    @GetMapping("/sager")
    String list(Authentication auth, Model model) {
        Caseworker who = users.caseworker(auth);
        model.addAttribute("sagsbehandler", who);
        model.addAttribute("sager", cases().persons(who));
        return "sager/liste";
    }

    @GetMapping("/sager/ny")
    String newCase(Model model) {
        model.addAttribute("navn", "");
        return "sager/ny";
    }

    @PostMapping("/sager")
    String create(Authentication auth, @RequestParam(name = "cpr", required = false) String cpr,
                  @RequestParam(name = "navn", required = false) String navn, Model model) {
        Caseworker who = users.caseworker(auth);
        try {
            Person p = cases().createPerson(who, cpr, navn);
            LOG.info("Sag oprettet: person {} i jobcenter {} af {}", p.id(), p.jobcenter(), who.ident());
            return "redirect:/sager/" + p.id();
        } catch (InvalidInputException e) {
            model.addAttribute("fejl", e);
            model.addAttribute("navn", navn);
            return "sager/ny";
        }
    }

    @GetMapping("/sager/{id}")
    String show(Authentication auth, @PathVariable("id") long id, Model model) {
        CaseFile sag = cases().caseFile(users.caseworker(auth), id);
        model.addAttribute("sag", sag);
        model.addAttribute("bevillingstyper", Bevilling.Type.values());
        model.addAttribute("haendelsestyper", CaseEvent.Type.values());
        return "sager/sag";
    }

    @PostMapping("/sager/{id}/navn")
    String rename(Authentication auth, @PathVariable("id") long id, @RequestParam Map<String, String> f) {
        cases().renamePerson(users.caseworker(auth), id, Forms.version(f.get("version")), f.get("navn"));
        return back(id);
    }

    @PostMapping("/sager/{id}/bevillinger")
    String addGrant(Authentication auth, @PathVariable("id") long id, @RequestParam Map<String, String> f) {
        cases().addBevilling(users.caseworker(auth), id, grantType(f.get("type")), Forms.date(f.get("fra"), "fra"),
            Forms.optionalDate(f.get("til"), "til"));
        return back(id);
    }

    @PostMapping("/sager/{id}/bevillinger/{bevillingId}")
    String updateGrant(Authentication auth, @PathVariable("id") long id, @PathVariable("bevillingId") long bevillingId,
                       @RequestParam Map<String, String> f) {
        Caseworker who = users.caseworker(auth);
        requireGrant(cases().caseFile(who, id), bevillingId);
        cases().updateBevilling(who, bevillingId, Forms.version(f.get("version")), grantType(f.get("type")),
            Forms.date(f.get("fra"), "fra"), Forms.optionalDate(f.get("til"), "til"));
        return back(id);
    }

    @PostMapping("/sager/{id}/ansaettelser")
    String addEmployment(Authentication auth, @PathVariable("id") long id, @RequestParam Map<String, String> f) {
        cases().addEmployment(users.caseworker(auth), id, terms(f));
        return back(id);
    }

    @PostMapping("/sager/{id}/ansaettelser/{ansaettelseId}")
    String updateEmployment(Authentication auth, @PathVariable("id") long id,
                            @PathVariable("ansaettelseId") long employmentId, @RequestParam Map<String, String> f) {
        Caseworker who = users.caseworker(auth);
        Employment current = cases().caseFile(who, id).ansaettelser().stream().filter(e -> e.id() == employmentId)
            .findFirst().orElseThrow(() -> new NotFoundException("ansættelse", employmentId));
        // A form without the field leaves "første fleksjob" as it was (it is not a "not stated" answer)
        Employment.Terms terms = f.containsKey("foersteFleksjob") ? terms(f)
            : terms(f).withFoersteFleksjob(current.terms().foersteFleksjob());
        cases().updateEmployment(who, employmentId, Forms.version(f.get("version")), terms);
        return back(id);
    }

    @PostMapping("/sager/{id}/visitationer")
    String addVisitation(Authentication auth, @PathVariable("id") long id, @RequestParam Map<String, String> f) {
        cases().addVisitation(users.caseworker(auth), id, Forms.date(f.get("dato"), "dato"),
            Forms.number(f.get("timerPrUge"), "timerPrUge"), Forms.number(f.get("intensitet"), "intensitet"),
            Forms.text(f.get("kategori"), "kategori"));
        return back(id);
    }

    @PostMapping("/sager/{id}/haendelser")
    String addEvent(Authentication auth, @PathVariable("id") long id, @RequestParam Map<String, String> f) {
        CaseEvent.Type type;
        try {
            type = CaseEvent.Type.valueOf(Forms.text(f.get("type"), "type"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "ukendt hændelse");
        }
        cases().registerEvent(users.caseworker(auth), id, type, Forms.date(f.get("dato"), "dato"), f.get("note"));
        return back(id);
    }

    @PostMapping("/sager/{id}/flag/{flagId}")
    String resolveFlag(Authentication auth, @PathVariable("id") long id, @PathVariable("flagId") long flagId,
                       @RequestParam Map<String, String> f) {
        Caseworker who = users.caseworker(auth);
        if (cases().caseFile(who, id).flag().stream().noneMatch(x -> x.id() == flagId)) {
            throw new NotFoundException("punkt", flagId);
        }
        cases().resolveFlag(who, flagId, Forms.version(f.get("version")), Forms.text(f.get("afklaring"), "afklaring"));
        return back(id);
    }

    @GetMapping("/sager/{id}/udbetalinger/{udbetalingId}")
    String explanation(Authentication auth, @PathVariable("id") long id, @PathVariable("udbetalingId") long payoutId,
                       Model model) {
        Caseworker who = users.caseworker(auth);
        CaseFile sag = cases().caseFile(who, id);
        Payout payout = requirePayout(sag, payoutId);
        model.addAttribute("sag", sag);
        model.addAttribute("udbetaling", payout);
        model.addAttribute("forklaring", cases().explanation(who, payoutId));
        model.addAttribute("flag", sag.flag().stream().filter(x -> payout.maaned().equals(x.maaned())).toList());
        return "sager/forklaring";
    }

    @GetMapping("/sager/revision")
    String audit(Authentication auth, Model model) {
        model.addAttribute("linjer", store.get().audit().recent(users.caseworker(auth), 200));
        return "sager/revision";
    }

    static Payout requirePayout(CaseFile sag, long payoutId) {
        return sag.udbetalinger().stream().filter(p -> p.id() == payoutId).findFirst()
            .orElseThrow(() -> new NotFoundException("udbetaling", payoutId));
    }

    static Bevilling requireGrant(CaseFile sag, long bevillingId) {
        return sag.bevillinger().stream().filter(b -> b.id() == bevillingId).findFirst()
            .orElseThrow(() -> new NotFoundException("bevilling", bevillingId));
    }

    static Bevilling.Type grantType(String value) {
        try {
            return Bevilling.Type.valueOf(Forms.text(value, "type"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "bevillingen skal være midlertidig eller permanent");
        }
    }

    static Employment.Terms terms(Map<String, String> f) {
        String cvr = Forms.text(f.get("cvr"), "cvr");
        if (!cvr.matches("\\d{8}")) {
            throw new InvalidInputException("cvr", "CVR-nummeret skal være 8 cifre");
        }
        BigDecimal intensitet = f.get("intensitet") == null || f.get("intensitet").isBlank()
            ? BigDecimal.ONE : Forms.number(f.get("intensitet"), "intensitet");
        BigDecimal pension = f.get("pensionProcent") == null || f.get("pensionProcent").isBlank()
            ? BigDecimal.ZERO : Forms.number(f.get("pensionProcent"), "pensionProcent");
        return new Employment.Terms(new Cvr(cvr), Forms.date(f.get("fra"), "fra"), Forms.optionalDate(f.get("til"), "til"),
            Forms.number(f.get("timerPrUge"), "timerPrUge"), intensitet, Forms.number(f.get("timeloen"), "timeloen"),
            pension, Forms.optionalNumber(f.get("fuldtidsloen"), "fuldtidsloen"),
            Forms.optionalYesNo(f.get("foersteFleksjob"), "foersteFleksjob"));
    }

    private static String back(long id) {
        return "redirect:/sager/" + id;
    }
}
