package dk.fleksjob.server.web;

import dk.fleksjob.server.input.BadInputException;
import dk.fleksjob.server.input.Calculations;
import dk.fleksjob.server.input.FieldError;
import dk.fleksjob.server.input.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The common part of every calculator page: read the form (a GET, so the page's URL is the calculation's shareable
 * link), bind it to the rules' request record exactly as the API does, run the calculation, and put the form, the
 * field errors and the result into the model for the template:
 * <ul>
 *   <li>{@code form}: field → value as typed, to fill the form again;</li>
 *   <li>{@code fejl}: the field errors in order, {@code fejlFelt}: field → message;</li>
 *   <li>{@code resultat}: the rules' result record (with {@code forklaring}), or null;</li>
 *   <li>{@code delUrl} and {@code udskrivUrl}: the calculation's shareable link and its print view.</li>
 * </ul>
 */
@Component
public class CalculatorPages {

    private final Calculations calculations;
    private final Messages messages;

    public CalculatorPages(Calculations calculations, Messages messages) {
        this.calculations = calculations;
        this.messages = messages;
    }

    /** What one page request gave. */
    public record Outcome<Q, R>(Map<String, String> form, Q request, R result, List<FieldError> errors) {
        public boolean submitted() {
            return !form.isEmpty();
        }
    }

    public <Q extends Record, R> Outcome<Q, R> calculate(HttpServletRequest http, String path, Class<Q> type,
                                                         Function<Q, R> calculation, Model model, Locale locale) {
        Map<String, String> form = calculations.form(http.getParameterMap(), type);
        Outcome<Q, R> outcome = outcome(form, type, calculation, locale);
        Map<String, String> byField = new LinkedHashMap<>();
        outcome.errors().forEach(e -> byField.putIfAbsent(e.felt(), e.besked()));
        model.addAttribute("form", form);
        model.addAttribute("fejl", outcome.errors());
        model.addAttribute("fejlFelt", byField);
        model.addAttribute("resultat", outcome.result());
        model.addAttribute("delUrl", shareUrl(http, path, form));
        model.addAttribute("udskrivUrl", query(path + "/udskriv", form));
        return outcome;
    }

    private <Q extends Record, R> Outcome<Q, R> outcome(Map<String, String> form, Class<Q> type,
                                                        Function<Q, R> calculation, Locale locale) {
        if (form.isEmpty()) {
            return new Outcome<>(form, null, null, List.of());
        }
        try {
            Q request = calculations.bind(form, type);
            return new Outcome<>(form, request, calculations.run(request, calculation), List.of());
        } catch (BadInputException e) {
            return new Outcome<>(form, null, null, messages.localize(e.problems(), locale));
        }
    }

    private static String shareUrl(HttpServletRequest http, String path, Map<String, String> form) {
        return ServletUriComponentsBuilder.fromContextPath(http).build().toUriString() + query(path, form);
    }

    static String query(String path, Map<String, String> form) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        form.forEach(b::queryParam);
        return b.encode().build().toUriString();
    }
}
