package dk.fleksjob.server.web;

import dk.fleksjob.rules.parameter.ParameterCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Satser": every parameter over time, each value with its provenance and source. */
@Controller
public class SatserController {

    @GetMapping("/satser")
    String page(Model model) {
        model.addAttribute("skemaer", ParameterCatalog.standard().byScheme());
        return "satser";
    }
}
