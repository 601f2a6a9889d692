package dk.fleksjob.server.sager;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (Spring Security handles the POST to /login and /logout). */
@Controller
public class LoginController {

    @GetMapping("/login")
    String login() {
        return "sager/login";
    }
}
