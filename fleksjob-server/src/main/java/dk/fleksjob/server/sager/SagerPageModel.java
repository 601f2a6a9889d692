package dk.fleksjob.server.sager;

import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.server.web.PageModel;
import dk.fleksjob.server.web.Side;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the shared layout needs on the case pages (as {@code web.PageModel} gives the calculators), and the user. */
@ControllerAdvice(basePackageClasses = SagerPageModel.class)
public class SagerPageModel {

    @ModelAttribute("menu")
    List<PageModel.MenuItem> menu() {
        return Arrays.stream(Side.values()).map(s -> new PageModel.MenuItem(s, false)).toList();
    }

    @ModelAttribute("sprogskift")
    PageModel.LanguageSwitch languageSwitch(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "da" : "en";
        String url = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other)
            .build().toUriString();
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        return new PageModel.LanguageSwitch(slash < 0 ? "/" : url.substring(slash), other);
    }

    @ModelAttribute("regelversion")
    String rulesVersion() {
        return RulesVersion.current();
    }

    @ModelAttribute("bruger")
    String user(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
