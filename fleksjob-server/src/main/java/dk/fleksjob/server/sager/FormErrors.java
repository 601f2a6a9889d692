package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.server.web.PageModel;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case pages' bad fields shown by the field: the page is shown again (400) with each message beside its field,
 * tied to the input, in a summary at the top that links to the fields, and with what was typed. A message of our own
 * ({@link FieldProblem}) is in the page's language; one the store gives only in Danish is marked as Danish.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    public FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The forms and their fields shown by the field on a page: each field's input id ({@code {}} is the record's id)
     * and its label's message key. An error in another field (a tampered version or choice, a payout that no longer
     * waits) is not the caseworker's typing: it goes to the error page (422).
     */
    enum Form {
        NEW_CASE("ny-sag", "cpr", "cpr", "sager.cpr", "navn", "navn", "sager.navn"),
        NAME("ret-navn", "navn", "nyt-navn", "sager.navn"),
        NEW_GRANT("ny-bevilling", "fra", "b-fra", "sager.fra", "til", "b-til", "sager.til"),
        GRANT("bevilling-{}", "fra", "bevilling-{}-fra", "sager.fra", "til", "bevilling-{}-til", "sager.til"),
        NEW_EMPLOYMENT("ny-ansaettelse", "cvr", "a-cvr", "sager.cvr", "fra", "a-fra", "sager.fra", "til", "a-til",
            "sager.til", "timerPrUge", "a-timer", "sager.timer", "intensitet", "a-intensitet", "sager.intensitet",
            "timeloen", "a-timeloen", "sager.timeloen", "pensionProcent", "a-pension", "sager.pension", "fuldtidsloen",
            "a-fuldtid", "sager.fuldtidsloen"),
        EMPLOYMENT("ansaettelse-{}", "cvr", "ansaettelse-{}-cvr", "sager.cvr", "fra", "ansaettelse-{}-fra", "sager.fra",
            "til", "ansaettelse-{}-til", "sager.til", "timerPrUge", "ansaettelse-{}-timerPrUge", "sager.timer",
            "intensitet", "ansaettelse-{}-intensitet", "sager.intensitet", "timeloen", "ansaettelse-{}-timeloen",
            "sager.timeloen", "pensionProcent", "ansaettelse-{}-pensionProcent", "sager.pension", "fuldtidsloen",
            "ansaettelse-{}-fuldtidsloen", "sager.fuldtidsloen"),
        VISITATION("ny-visitation", "dato", "v-dato", "sager.dato", "timerPrUge", "v-timer", "sager.timer",
            "intensitet", "v-intensitet", "sager.intensitet", "kategori", "v-kategori", "sager.kategori"),
        EVENT("ny-haendelse", "dato", "h-dato", "sager.dato", "note", "h-note", "sager.note"),
        FLAG("punkt-{}", "afklaring", "afklaring-{}", "sager.punkt.afklaring"),
        DECISION("afgoerelse-{}", "godkend", "afgoerelse-{}-godkend", "sager.afgoerelse.valg", "begrundelse",
            "afgoerelse-{}-begrundelse", "sager.afgoerelse.begrundelse"),
        PAYOUT_RUN("koersel", "maaned", "maaned", "sager.udbetaling.maaned", "fil", "fil", "sager.udbetaling.fil");

        /** A field's input id and its label's key. */
        record Field(String id, String label) {
        }

        final String form;
        final Map<String, Field> fields = new LinkedHashMap<>();

        /** The form's key, then per field: its name, its input's id, its label's key. */
        Form(String form, String... fields) {
            this.form = form;
            for (int i = 0; i < fields.length; i += 3) {
                this.fields.put(fields[i], new Field(fields[i + 1], fields[i + 2]));
            }
        }
    }

    /**
     * A message shown by a field and in the summary at the top: the input's id (the summary's link), the label's key,
     * the text in the page's language (a message the store gives only in Danish is marked {@code lang="da"}).
     */
    public record ShownError(String anchor, String label, String text, String lang) {
    }

    /** A page shown again after a POST: its language link goes to the page itself (a GET of the POST's URL is 405). */
    static void languageSwitchTo(String path, Model model) {
        String other = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "da" : "en";
        model.addAttribute("sprogskift", new PageModel.LanguageSwitch(path + "?lang=" + other, other));
    }

    /**
     * Puts the form's bad fields on the page (400): {@code fejlForm} (which form to show with what was typed,
     * {@code indtastet}), {@code fejlListe} for the summary and {@code fejlFelter} by input id. If a field is not on
     * the form (not the caseworker's typing), the error page instead.
     */
    void show(RuntimeException e, Form form, long recordId, Map<String, String> typed, Model model,
              HttpServletResponse response) {
        List<InvalidInputException> errors = e instanceof InvalidFields all ? all.errors()
            : List.of((InvalidInputException) e);
        for (InvalidInputException error : errors) {
            if (!form.fields.containsKey(error.field())) {
                throw error;
            }
        }
        Locale locale = LocaleContextHolder.getLocale();
        String record = String.valueOf(recordId);
        Map<String, ShownError> byField = new LinkedHashMap<>();
        for (InvalidInputException error : errors) {
            Form.Field field = form.fields.get(error.field());
            String anchor = field.id().replace("{}", record);
            String text = error instanceof FieldProblem p ? p.text(messages, locale) : error.getMessage();
            String lang = error instanceof FieldProblem ? locale.getLanguage() : "da";
            byField.putIfAbsent(anchor, new ShownError(anchor, field.label(), text, lang));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("fejlForm", form.form.replace("{}", record));
        model.addAttribute("fejlListe", List.copyOf(byField.values()));
        model.addAttribute("fejlFelter", byField);
        model.addAttribute("indtastet", typed);
    }
}
