package dk.fleksjob.server.web;

import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The place kept for a calculator whose rules are not in the library yet ({@link Side#ready()} false): a page that
 * says so. A real controller's literal path (e.g. {@code @GetMapping("/ledighedsydelse")}) wins over this pattern.
 */
@Controller
public class KommerController {

    @GetMapping("/{side:ledighedsydelse|fleksydelse|selvstaendige|frister}")
    String page(@PathVariable("side") String side, Model model) {
        Side s = Arrays.stream(Side.values())
            .filter(x -> x.path().equals("/" + side) && !x.ready())
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("side", s);
        return "kommer";
    }
}
