package dk.fleksjob.server.web;

import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Beregn din løn i fleksjob": wage, fleksløntilskud, ATP and total income, with explanation and charts. */
@Controller
public class FleksloenController {

    private final CalculatorPages pages;
    private final FleksloenCharts charts;
    private final Json json;

    public FleksloenController(CalculatorPages pages, FleksloenCharts charts, Json json) {
        this.pages = pages;
        this.charts = charts;
        this.json = json;
    }

    @GetMapping("/fleksloen")
    String page(HttpServletRequest request, Model model, Locale locale) {
        var outcome = pages.calculate(request, "/fleksloen", FleksloentilskudRequest.class,
            Fleksloentilskud::calculate, model, locale);
        if (outcome.result() != null) {
            addCharts(outcome.request(), outcome.result(), model, locale);
        }
        return "fleksloen";
    }

    @GetMapping("/fleksloen/udskriv")
    String print(HttpServletRequest request, Model model, Locale locale) {
        pages.calculate(request, "/fleksloen", FleksloentilskudRequest.class, Fleksloentilskud::calculate, model,
            locale);
        return "fleksloen-udskriv";
    }

    private void addCharts(FleksloentilskudRequest r, FleksloentilskudResult result, Model model, Locale locale) {
        ChartData hours = charts.byHours(r, result, locale);
        ChartData years = charts.byYear(r, locale);
        model.addAttribute("grafTimer", hours);
        model.addAttribute("grafTimerJson", hours == null ? null : json.forScript(hours));
        model.addAttribute("grafAar", years);
        model.addAttribute("grafAarJson", json.forScript(years));
    }
}
