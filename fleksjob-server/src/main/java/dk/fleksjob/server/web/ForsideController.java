package dk.fleksjob.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what the service does and the calculators. */
@Controller
public class ForsideController {

    @GetMapping("/")
    String page() {
        return "forside";
    }
}
