package dk.fleksjob.server.web;

import dk.fleksjob.rules.fleksydelse.Fleksydelse;
import dk.fleksjob.rules.fleksydelse.FleksydelseRequest;
import dk.fleksjob.rules.frister.Frister;
import dk.fleksjob.rules.frister.FristerRequest;
import dk.fleksjob.rules.ledighedsydelse.Ledighedsydelse;
import dk.fleksjob.rules.ledighedsydelse.LedighedsydelseRequest;
import dk.fleksjob.rules.selvstaendige.TilskudSelvstaendig;
import dk.fleksjob.rules.selvstaendige.TilskudSelvstaendigRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The calculators besides "Beregn din løn i fleksjob": ledighedsydelse, fleksydelse, tilskud til selvstændige and the
 * deadlines of a case. Each is one method: the page and its print view ({@code …/udskriv}, the shared template
 * {@code udskrift.html}, which shows the page template's {@code resultat-tabel} fragment).
 */
@Controller
public class YdelserController {

    private final CalculatorPages pages;

    public YdelserController(CalculatorPages pages) {
        this.pages = pages;
    }

    @GetMapping({"/ledighedsydelse", "/ledighedsydelse/udskriv"})
    String ledighedsydelse(HttpServletRequest request, Model model, Locale locale) {
        pages.calculate(request, "/ledighedsydelse", LedighedsydelseRequest.class, Ledighedsydelse::calculate, model,
            locale);
        return view(request, "ledighedsydelse", model);
    }

    @GetMapping({"/fleksydelse", "/fleksydelse/udskriv"})
    String fleksydelse(HttpServletRequest request, Model model, Locale locale) {
        pages.calculate(request, "/fleksydelse", FleksydelseRequest.class, Fleksydelse::calculate, model, locale);
        return view(request, "fleksydelse", model);
    }

    @GetMapping({"/selvstaendige", "/selvstaendige/udskriv"})
    String selvstaendige(HttpServletRequest request, Model model, Locale locale) {
        pages.calculate(request, "/selvstaendige", TilskudSelvstaendigRequest.class, TilskudSelvstaendig::calculate,
            model, locale);
        return view(request, "selvstaendige", model);
    }

    @GetMapping({"/frister", "/frister/udskriv"})
    String frister(HttpServletRequest request, Model model, Locale locale) {
        pages.calculate(request, "/frister", FristerRequest.class, Frister::calculate, model, locale);
        return view(request, "frister", model);
    }

    /** The page, or its print view: {@code udskrift.html} with the page's result table and explanation. */
    private static String view(HttpServletRequest request, String page, Model model) {
        if (request.getRequestURI().endsWith("/udskriv")) {
            model.addAttribute("skabelon", page);
            return "udskrift";
        }
        return page;
    }
}
