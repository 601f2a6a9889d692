package dk.fleksjob.server.web;

import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import dk.fleksjob.rules.sammenligning.Sammenligning;
import dk.fleksjob.rules.sammenligning.SammenligningRequest;
import dk.fleksjob.rules.sammenligning.SammenligningResult;
import dk.fleksjob.server.input.BadInputException;
import dk.fleksjob.server.input.Calculations;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Arbejdsgiver": what an hour of fleksjob costs the employer. In the scheme from 2013 the employer pays wage only for
 * the work done (timer × intensitet, LAB § 122) and the municipality pays the fleksløntilskud to the employee. Beside
 * it, the same hours under the scheme before 2013 (LAB § 133: the employer paid the full wage and received ½ or ⅔ of
 * it as a subsidy), from the rules library's {@link Sammenligning}, with the fraction 2/3 assumed.
 */
@Controller
public class ArbejdsgiverController {

    private final CalculatorPages pages;
    private final Calculations calculations;

    public ArbejdsgiverController(CalculatorPages pages, Calculations calculations) {
        this.pages = pages;
        this.calculations = calculations;
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
            model.addAttribute("sammenligning", compare(r));
        }
        return "arbejdsgiver";
    }

    /** The same hours under the old and the new scheme; none when the rules cannot compare (e.g. a rate missing). */
    private SammenligningResult compare(FleksloentilskudRequest r) {
        try {
            return calculations.run(new SammenligningRequest(r.maaned(), r.timeloen(), r.timer(), r.intensitet(), null,
                r.parametre()), Sammenligning::calculate);
        } catch (BadInputException e) {
            return null;
        }
    }
}
