package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.store.Bevilling;
import dk.fleksjob.store.CaseEvent;
import dk.fleksjob.store.CaseFile;
import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.Cases;
import dk.fleksjob.store.Cpr;
import dk.fleksjob.store.Cvr;
import dk.fleksjob.store.Employment;
import dk.fleksjob.store.NotFoundException;
import dk.fleksjob.store.Payout;
import dk.fleksjob.store.Person;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * Every form reads its fields with {@link Forms}, bounded by what the store's columns hold ({@link ColumnLimits}): a
 * bad field shows the page again (400) with the message by the field, in the page's language, and what was typed;
 * nothing is saved. A field that is not the caseworker's typing (a tampered version or choice) goes to the error
 * page (422).
 */
@Controller
public class SagerController {

    private static final Logger LOG = LoggerFactory.getLogger(SagerController.class);

    private final SagerStore store;
    private final SagerUsers users;
    private final FormErrors formErrors;

    public SagerController(SagerStore store, SagerUsers users, FormErrors formErrors) {
        this.store = store;
        this.users = users;
        this.formErrors = formErrors;
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
    String create(Authentication auth, @RequestParam Map<String, String> f, Model model, HttpServletResponse response) {
        Caseworker who = users.caseworker(auth);
        try {
            Forms in = new Forms(f);
            Cpr cpr = in.check(() -> Cpr.of(f.get("cpr")));
            String navn = in.text("navn", ColumnLimits.NAVN);
            in.done();
            Person p = cases().createPerson(who, cpr.value(), navn);
            LOG.info("Sag oprettet: person {} i jobcenter {} af {}", p.id(), p.jobcenter(), who.ident());
            return "redirect:/sager/" + p.id();
        } catch (InvalidInputException | InvalidFields e) {
            formErrors.show(e, FormErrors.Form.NEW_CASE, 0, f, model, response);
            FormErrors.languageSwitchTo("/sager/ny", model);
            model.addAttribute("navn", f.get("navn"));
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
    String rename(Authentication auth, @PathVariable("id") long id, @RequestParam Map<String, String> f, Model model,
                  HttpServletResponse response) {
        return onCasePage(auth, id, FormErrors.Form.NAME, 0, f, model, response, (who, in) -> {
            String navn = in.text("navn", ColumnLimits.NAVN);
            in.done();
            cases().renamePerson(who, id, Forms.version(f.get("version")), navn);
        });
    }

    @PostMapping("/sager/{id}/bevillinger")
    String addGrant(Authentication auth, @PathVariable("id") long id, @RequestParam Map<String, String> f, Model model,
                    HttpServletResponse response) {
        return onCasePage(auth, id, FormErrors.Form.NEW_GRANT, 0, f, model, response, (who, in) -> {
            Bevilling.Type type = grantType(f.get("type"));
            LocalDate fra = in.date("fra");
            LocalDate til = in.end(fra, "til");
            in.done();
            cases().addBevilling(who, id, type, fra, til);
        });
    }

    @PostMapping("/sager/{id}/bevillinger/{bevillingId}")
    String updateGrant(Authentication auth, @PathVariable("id") long id, @PathVariable("bevillingId") long bevillingId,
                       @RequestParam Map<String, String> f, Model model, HttpServletResponse response) {
        return onCasePage(auth, id, FormErrors.Form.GRANT, bevillingId, f, model, response, (who, in) -> {
            cases().bevilling(who, id, bevillingId);
            Bevilling.Type type = grantType(f.get("type"));
            LocalDate fra = in.date("fra");
            LocalDate til = in.end(fra, "til");
            in.done();
            cases().updateBevilling(who, bevillingId, Forms.version(f.get("version")), type, fra, til);
        });
    }

    @PostMapping("/sager/{id}/ansaettelser")
    String addEmployment(Authentication auth, @PathVariable("id") long id, @RequestParam Map<String, String> f,
                         Model model, HttpServletResponse response) {
        return onCasePage(auth, id, FormErrors.Form.NEW_EMPLOYMENT, 0, f, model, response, (who, in) -> {
            Employment.Terms terms = terms(in);
            in.done();
            cases().addEmployment(who, id, terms);
        });
    }

    /**
     * Corrects an employment from its form on the case page. A bad field shows the case page again (400) with the
     * message by the field and what was typed; a stale version is the 409 page ({@link SagerErrors}).
     */
    @PostMapping("/sager/{id}/ansaettelser/{ansaettelseId}")
    String updateEmployment(Authentication auth, @PathVariable("id") long id,
                            @PathVariable("ansaettelseId") long employmentId, @RequestParam Map<String, String> f,
                            Model model, HttpServletResponse response) {
        return onCasePage(auth, id, FormErrors.Form.EMPLOYMENT, employmentId, f, model, response, (who, in) -> {
            Employment current = cases().ansaettelse(who, id, employmentId);
            Employment.Terms read = terms(in);
            in.done();
            // A form without the field leaves "første fleksjob" as it was (it is not a "not stated" answer)
            Employment.Terms terms = f.containsKey("foersteFleksjob") ? read
                : read.withFoersteFleksjob(current.terms().foersteFleksjob());
            cases().updateEmployment(who, employmentId, Forms.version(f.get("version")), terms);
        });
    }

    @PostMapping("/sager/{id}/visitationer")
    String addVisitation(Authentication auth, @PathVariable("id") long id, @RequestParam Map<String, String> f,
                         Model model, HttpServletResponse response) {
        return onCasePage(auth, id, FormErrors.Form.VISITATION, 0, f, model, response, (who, in) -> {
            LocalDate dato = in.date("dato");
            BigDecimal timer = in.number("timerPrUge", ColumnLimits.Bound.HUNDREDS);
            BigDecimal intensitet = in.intensity("intensitet", null);
            String kategori = in.text("kategori", ColumnLimits.KATEGORI);
            in.done();
            cases().addVisitation(who, id, dato, timer, intensitet, kategori);
        });
    }

    @PostMapping("/sager/{id}/haendelser")
    String addEvent(Authentication auth, @PathVariable("id") long id, @RequestParam Map<String, String> f, Model model,
                    HttpServletResponse response) {
        return onCasePage(auth, id, FormErrors.Form.EVENT, 0, f, model, response, (who, in) -> {
            CaseEvent.Type type;
            try {
                type = CaseEvent.Type.valueOf(Forms.required(f.get("type"), "type"));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("type", "ukendt hændelse");
            }
            LocalDate dato = in.date("dato");
            String note = in.optionalText("note", ColumnLimits.NOTE);
            in.done();
            cases().registerEvent(who, id, type, dato, note);
        });
    }

    @PostMapping("/sager/{id}/flag/{flagId}")
    String resolveFlag(Authentication auth, @PathVariable("id") long id, @PathVariable("flagId") long flagId,
                       @RequestParam Map<String, String> f, Model model, HttpServletResponse response) {
        return onCasePage(auth, id, FormErrors.Form.FLAG, flagId, f, model, response, (who, in) -> {
            cases().flag(who, id, flagId);
            String afklaring = in.text("afklaring", ColumnLimits.AFKLARING);
            in.done();
            cases().resolveFlag(who, flagId, Forms.version(f.get("version")), afklaring);
        });
    }

    /** One form's change on the case page, with what it typed read by {@link Forms}. */
    @FunctionalInterface
    interface CaseChange {
        void apply(Caseworker who, Forms in);
    }

    /**
     * Makes a change from a form on the case page and goes back to the case; a bad field shows the case page again
     * (400) with the message by the field and what was typed. Nothing was saved: the change is refused before it is
     * stored, so the page shows the case as it was.
     */
    private String onCasePage(Authentication auth, long id, FormErrors.Form form, long recordId, Map<String, String> f,
                              Model model, HttpServletResponse response, CaseChange change) {
        Caseworker who = users.caseworker(auth);
        try {
            change.apply(who, new Forms(f));
        } catch (InvalidInputException | InvalidFields e) {
            formErrors.show(e, form, recordId, f, model, response);
            FormErrors.languageSwitchTo("/sager/" + id, model);
            return casePage(cases().caseFile(who, id), model);
        }
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
            Forms in = new Forms(f);
            Boolean approve = in.check(() -> approve(f.get("godkend")));
            String begrundelse = in.text("begrundelse", ColumnLimits.BEGRUNDELSE);
            in.done();
            cases().decidePayout(who, payoutId, Forms.version(f.get("version")), approve, begrundelse);
        } catch (InvalidInputException | InvalidFields e) {
            formErrors.show(e, FormErrors.Form.DECISION, payoutId, f, model, response);
            if (fromExplanation) {
                FormErrors.languageSwitchTo("/sager/" + id + "/udbetalinger/" + payoutId, model);
                return explanationPage(who, sag, payoutId, model);
            }
            FormErrors.languageSwitchTo("/sager/" + id, model);
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
        throw new FieldProblem("godkend", "sager.felt.godkend");
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
            return Bevilling.Type.valueOf(Forms.required(value, "type"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "bevillingen skal være midlertidig eller permanent");
        }
    }

    /** An employment's terms from its form (new or edit): intensity 1 and pension 0 when left blank. */
    static Employment.Terms terms(Forms in) {
        String cvrText = in.text("cvr", Integer.MAX_VALUE);
        Cvr cvr = cvrText == null ? null : in.check(() -> {
            if (!cvrText.matches("\\d{8}")) {
                throw new FieldProblem("cvr", "sager.felt.cvr");
            }
            return new Cvr(cvrText);
        });
        LocalDate fra = in.date("fra");
        LocalDate til = in.end(fra, "til");
        BigDecimal timer = in.number("timerPrUge", ColumnLimits.Bound.HUNDREDS);
        BigDecimal intensitet = in.intensity("intensitet", BigDecimal.ONE);
        BigDecimal timeloen = in.number("timeloen", ColumnLimits.Bound.WAGE);
        BigDecimal pension = in.number("pensionProcent", ColumnLimits.Bound.HUNDREDS, BigDecimal.ZERO);
        BigDecimal fuldtidsloen = in.number("fuldtidsloen", ColumnLimits.Bound.AMOUNT, null);
        Boolean foersteFleksjob = in.optionalYesNo("foersteFleksjob");
        return new Employment.Terms(cvr, fra, til, timer, intensitet, timeloen, pension, fuldtidsloen, foersteFleksjob);
    }

    private static String back(long id) {
        return "redirect:/sager/" + id;
    }
}
