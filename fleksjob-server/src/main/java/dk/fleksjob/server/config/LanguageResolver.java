package dk.fleksjob.server.config;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Danish unless asked otherwise. The pages follow the language switch (a cookie set by {@code ?lang=en}); the API
 * follows the request's {@code Accept-Language}. A browser's own language does not switch the pages: the service is
 * Danish by default, English on request.
 */
public class LanguageResolver implements LocaleResolver {

    public static final Locale DANISH = new Locale("da");
    public static final List<Locale> SUPPORTED = List.of(DANISH, Locale.ENGLISH);
    static final String COOKIE = "sprog";
    private static final String ATTRIBUTE = LanguageResolver.class.getName() + ".locale";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        String path = request.getRequestURI();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            String header = request.getHeader("Accept-Language");
            if (header == null || header.isBlank()) {
                return DANISH;
            }
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                return match == null ? DANISH : match;
            } catch (IllegalArgumentException e) {
                return DANISH;
            }
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return supported(c.getValue());
                }
            }
        }
        return DANISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = locale == null ? DANISH : supported(locale.getLanguage());
        request.setAttribute(ATTRIBUTE, chosen);
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    static Locale supported(String language) {
        return "en".equals(language) ? Locale.ENGLISH : DANISH;
    }
}
