package dk.fleksjob.server.sager;

import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.PayoutRun;
import dk.fleksjob.store.PersonSummary;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The monthly payout run from the web: upload the month's income file; the store's {@link PayoutRun} checks it
 * (any fault rejects the whole file: the page lists line, field and reason) or imports it and computes the month's
 * payouts. The page then shows the payouts and the points "skal afklares" (paragraph and reason) waiting for a
 * caseworker. Runs for the caseworker's own jobcentre; re-running the same file changes nothing.
 */
@Controller
public class UdbetalingController {

    static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final SagerStore store;
    private final SagerUsers users;
    private final FormErrors formErrors;

    public UdbetalingController(SagerStore store, SagerUsers users, FormErrors formErrors) {
        this.store = store;
        this.users = users;
        this.formErrors = formErrors;
    }

    @GetMapping("/sager/udbetaling")
    String form(Authentication auth, @RequestParam(name = "maaned", required = false) String maaned, Model model) {
        Caseworker who = users.caseworker(auth);
        YearMonth month = maaned == null || maaned.isBlank() ? YearMonth.now(DENMARK) : Forms.month(maaned, "maaned");
        model.addAttribute("maaned", month);
        show(who, month, model);
        return "sager/udbetaling";
    }

    /**
     * Reads the month and the file; a bad month, no file or a file name longer than the store keeps shows the page
     * again (400) with the message by the field, and nothing is imported.
     */
    @PostMapping("/sager/udbetaling")
    String run(Authentication auth, @RequestParam(name = "maaned", required = false) String maaned,
               @RequestParam(name = "fil", required = false) MultipartFile fil, Model model,
               HttpServletResponse response) throws IOException {
        Caseworker who = users.caseworker(auth);
        Forms in = new Forms(Map.of());
        YearMonth month = in.check(() -> Forms.month(maaned, "maaned"));
        String name = fil == null || fil.getOriginalFilename() == null || fil.getOriginalFilename().isBlank()
            ? "indkomst.csv" : fil.getOriginalFilename();
        if (fil == null || fil.isEmpty()) {
            in.add(new FieldProblem("fil", "sager.felt.fil"));
        } else if (name.length() > ColumnLimits.FILNAVN) {
            in.add(new FieldProblem("fil", "sager.felt.filnavn", String.valueOf(ColumnLimits.FILNAVN)));
        }
        try {
            in.done();
        } catch (InvalidFields e) {
            Map<String, String> typed = new HashMap<>();
            typed.put("maaned", maaned);
            formErrors.show(e, FormErrors.Form.PAYOUT_RUN, 0, typed, model, response);
            FormErrors.languageSwitchTo("/sager/udbetaling", model);
            YearMonth shown = month != null ? month : YearMonth.now(DENMARK);
            model.addAttribute("maaned", shown);
            show(who, shown, model);
            return "sager/udbetaling";
        }
        PayoutRun.Result result = store.get().payoutRun().run(who, month, fil.getBytes(), name);
        model.addAttribute("maaned", month);
        model.addAttribute("resultat", result);
        show(who, month, model);
        return "sager/udbetaling";
    }

    private void show(Caseworker who, YearMonth month, Model model) {
        Map<Long, PersonSummary> persons = store.get().cases().persons(who).stream()
            .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        model.addAttribute("personer", persons);
        model.addAttribute("udbetalinger", store.get().cases().payouts(who, month));
        model.addAttribute("punkter", store.get().cases().openFlags(who));
    }
}
