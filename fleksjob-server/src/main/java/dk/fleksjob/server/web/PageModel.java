package dk.fleksjob.server.web;

import dk.fleksjob.rules.RulesVersion;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the menu, the language switch and the rules version. */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class PageModel {

    public record MenuItem(Side side, boolean active) {
    }

    /** The link to the same page in the other language. */
    public record LanguageSwitch(String url, String lang) {
    }

    @ModelAttribute("menu")
    List<MenuItem> menu(HttpServletRequest request) {
        String path = request.getRequestURI();
        return Arrays.stream(Side.values())
            .map(s -> new MenuItem(s, path.equals(s.path()) || path.startsWith(s.path() + "/")))
            .toList();
    }

    @ModelAttribute("sprogskift")
    LanguageSwitch languageSwitch(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "da" : "en";
        String url = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", other)
            .build().toUriString();
        return new LanguageSwitch(relative(url), other);
    }

    @ModelAttribute("regelversion")
    String rulesVersion() {
        return RulesVersion.current();
    }

    /** Path and query only, so the link works behind any host name. */
    static String relative(String absolute) {
        int scheme = absolute.indexOf("://");
        if (scheme < 0) {
            return absolute;
        }
        int slash = absolute.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : absolute.substring(slash);
    }
}
