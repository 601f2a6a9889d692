package dk.fleksjob.server.web;

import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Arbejdsgiver": what an hour of fleksjob costs the employer. In the scheme from 2013 the employer pays wage only for
 * the work done (timer × intensitet, LAB § 122) and the municipality pays the fleksløntilskud to the employee. The
 * comparison with the scheme before 2013 (the employer paid the full wage and received a subsidy) comes when that
 * scheme's rules are in the rules library.
 */
@Controller
public class ArbejdsgiverController {

    private final CalculatorPages pages;

    public ArbejdsgiverController(CalculatorPages pages) {
        this.pages = pages;
    }

    /** The employer's side of one month: the wage for the effective hours, spread over the hours at work. */
    public record EmployerCost(BigDecimal loenPrTimeIArbejde, BigDecimal loenPrEffektivTime) {
    }

    @GetMapping("/arbejdsgiver")
    String page(HttpServletRequest request, Model model, Locale locale) {
        var outcome = pages.calculate(request, "/arbejdsgiver", FleksloentilskudRequest.class,
            Fleksloentilskud::calculate, model, locale);
        FleksloentilskudRequest r = outcome.request();
        if (outcome.result() != null && r.timeloen() != null && r.maanedsloen() == null) {
            BigDecimal intensity = r.intensitet() == null ? BigDecimal.ONE : r.intensitet();
            model.addAttribute("omkostning", new EmployerCost(
                r.timeloen().multiply(intensity).setScale(2, RoundingMode.HALF_UP),
                r.timeloen().setScale(2, RoundingMode.HALF_UP)));
        }
        return "arbejdsgiver";
    }
}
