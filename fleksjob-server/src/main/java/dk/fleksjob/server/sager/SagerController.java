package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.server.web.PageModel;
import dk.fleksjob.store.Bevilling;
import dk.fleksjob.store.CaseEvent;
import dk.fleksjob.store.CaseFile;
import dk.fleksjob.store.CaseFlag;
import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.Cases;
import dk.fleksjob.store.Cvr;
import dk.fleksjob.store.Employment;
import dk.fleksjob.store.NotFoundException;
import dk.fleksjob.store.Payout;
import dk.fleksjob.store.Person;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The forms to edit an employment and to decide a pending efterregulering show a bad field on the page again (400),
 * by the field; the other forms' bad fields go to the error page (422).
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
        return casePage(cases().caseFile(users.caseworker(auth), id), model);
    }

    private static String casePage(CaseFile sag, Model model) {
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

    /**
     * Corrects an employment from its form on the case page. A bad field shows the case page again (400) with the
     * Danish message by the field and what was typed; a stale version is the 409 page ({@link SagerErrors}).
     */
    @PostMapping("/sager/{id}/ansaettelser/{ansaettelseId}")
    String updateEmployment(Authentication auth, @PathVariable("id") long id,
                            @PathVariable("ansaettelseId") long employmentId, @RequestParam Map<String, String> f,
                            Model model, HttpServletResponse response) {
        Caseworker who = users.caseworker(auth);
        CaseFile sag = cases().caseFile(who, id);
        Employment current = requireEmployment(sag, employmentId);
        try {
            // A form without the field leaves "første fleksjob" as it was (it is not a "not stated" answer)
            Employment.Terms terms = f.containsKey("foersteFleksjob") ? terms(f)
                : terms(f).withFoersteFleksjob(current.terms().foersteFleksjob());
            cases().updateEmployment(who, employmentId, Forms.version(f.get("version")), terms);
        } catch (InvalidInputException e) {
            fieldError(e, FormError.EMPLOYMENT, employmentId, f, model, response);
            languageSwitchTo("/sager/" + id, model);
            return casePage(sag, model);
        }
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
        requireFlag(cases().caseFile(who, id), flagId);
        cases().resolveFlag(who, flagId, Forms.version(f.get("version")), Forms.text(f.get("afklaring"), "afklaring"));
        return back(id);
    }

    @GetMapping("/sager/{id}/udbetalinger/{udbetalingId}")
    String explanation(Authentication auth, @PathVariable("id") long id, @PathVariable("udbetalingId") long payoutId,
                       Model model) {
        Caseworker who = users.caseworker(auth);
        return explanationPage(who, cases().caseFile(who, id), payoutId, model);
    }

    private String explanationPage(Caseworker who, CaseFile sag, long payoutId, Model model) {
        Payout payout = requirePayout(sag, payoutId);
        model.addAttribute("sag", sag);
        model.addAttribute("udbetaling", payout);
        model.addAttribute("forklaring", cases().explanation(who, payoutId));
        model.addAttribute("flag", sag.flag().stream().filter(x -> payout.maaned().equals(x.maaned())).toList());
        return "sager/forklaring";
    }

    /**
     * A caseworker's decision on a negative efterregulering waiting for one (status AFVENTER): approve it or drop it,
     * always with a reason. Nothing is lowered without this decision: the person is to be heard first (partshøring,
     * forvaltningsloven § 19). The form is on the case page and on the payout's explanation page ({@code side}).
     */
    @PostMapping("/sager/{id}/udbetalinger/{udbetalingId}/afgoerelse")
    String decidePayout(Authentication auth, @PathVariable("id") long id, @PathVariable("udbetalingId") long payoutId,
                        @RequestParam Map<String, String> f, Model model, HttpServletResponse response) {
        Caseworker who = users.caseworker(auth);
        CaseFile sag = cases().caseFile(who, id);
        requirePayout(sag, payoutId);
        boolean fromExplanation = "forklaring".equals(f.get("side"));
        try {
            cases().decidePayout(who, payoutId, Forms.version(f.get("version")), approve(f.get("godkend")),
                Forms.text(f.get("begrundelse"), "begrundelse"));
        } catch (InvalidInputException e) {
            fieldError(e, FormError.DECISION, payoutId, f, model, response);
            if (fromExplanation) {
                languageSwitchTo("/sager/" + id + "/udbetalinger/" + payoutId, model);
                return explanationPage(who, sag, payoutId, model);
            }
            languageSwitchTo("/sager/" + id, model);
            return casePage(sag, model);
        }
        return fromExplanation ? "redirect:/sager/" + id + "/udbetalinger/" + payoutId : back(id);
    }

    /** Godkend (true) or frafald (false): the form's radio buttons. */
    static boolean approve(String value) {
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw new InvalidInputException("godkend", "vælg, om efterreguleringen godkendes eller frafaldes");
    }

    /**
     * The forms whose errors are shown by the field on the page: each field's input has the id
     * {@code <prefix><record id>-<field>} and its label's message key. An error in another field (a tampered version,
     * a payout that no longer waits) is not the caseworker's typing: it goes to the error page as before.
     */
    enum FormError {
        EMPLOYMENT("ansaettelse-", Map.of("cvr", "sager.cvr", "fra", "sager.fra", "til", "sager.til",
            "timerPrUge", "sager.timer", "intensitet", "sager.intensitet", "timeloen", "sager.timeloen",
            "pensionProcent", "sager.pension", "fuldtidsloen", "sager.fuldtidsloen")),
        DECISION("afgoerelse-", Map.of("godkend", "sager.afgoerelse.valg", "begrundelse", "sager.afgoerelse.begrundelse"));

        final String prefix;
        final Map<String, String> labels;

        FormError(String prefix, Map<String, String> labels) {
            this.prefix = prefix;
            this.labels = labels;
        }
    }

    /** A page shown again after a POST: its language link goes to the page itself (a GET of the POST's URL is 405). */
    private static void languageSwitchTo(String path, Model model) {
        String other = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "da" : "en";
        model.addAttribute("sprogskift", new PageModel.LanguageSwitch(path + "?lang=" + other, other));
    }

    private static void fieldError(InvalidInputException e, FormError form, long recordId, Map<String, String> typed,
                                   Model model, HttpServletResponse response) {
        if (!form.labels.containsKey(e.field())) {
            throw e;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("fejl", e);
        model.addAttribute("fejlForm", form.prefix + recordId);
        model.addAttribute("fejlAnker", form.prefix + recordId + "-" + e.field());
        model.addAttribute("fejlEtiket", form.labels.get(e.field()));
        model.addAttribute("indtastet", typed);
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

    static Employment requireEmployment(CaseFile sag, long employmentId) {
        return sag.ansaettelser().stream().filter(e -> e.id() == employmentId).findFirst()
            .orElseThrow(() -> new NotFoundException("ansættelse", employmentId));
    }

    static CaseFlag requireFlag(CaseFile sag, long flagId) {
        return sag.flag().stream().filter(x -> x.id() == flagId).findFirst()
            .orElseThrow(() -> new NotFoundException("punkt", flagId));
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
