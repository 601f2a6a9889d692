package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.store.ConcurrentChangeException;
import dk.fleksjob.store.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The case pages' errors as pages: a change someone else made first (409, with what to do), a case of another
 * jobcentre or an unknown id (404: never "forbidden", so nobody learns that a case exists), a bad field no form shows
 * by the field, such as a tampered version (422; the forms' own fields: {@link FormErrors}).
 */
@ControllerAdvice(assignableTypes = {SagerController.class, UdbetalingController.class, FristerController.class,
    AfgoerelseController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SagerErrors {

    private static final Pattern CASE = Pattern.compile("^/sager/(\\d+)(/.*)?$");

    @ExceptionHandler(ConcurrentChangeException.class)
    ModelAndView conflict(ConcurrentChangeException e, HttpServletRequest request, HttpServletResponse response) {
        ModelAndView mv = page("sager.fejl.konflikt", null, HttpServletResponse.SC_CONFLICT, response);
        Matcher m = CASE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        mv.addObject("sagId", m.matches() ? m.group(1) : null);
        return mv;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
        return page("sager.fejl.findes-ikke", null, HttpServletResponse.SC_NOT_FOUND, response);
    }

    private final MessageSource messages;

    public SagerErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletResponse response) {
        ModelAndView mv = page("sager.fejl.ugyldig", e, 422, response);
        if (e instanceof FieldProblem p) {
            Locale locale = LocaleContextHolder.getLocale();
            mv.addObject("besked", p.text(messages, locale));
            mv.addObject("beskedSprog", locale.getLanguage());
        }
        return mv;
    }

    /** Several fields of a request no form shows by the field: the first, as one bad field. */
    @ExceptionHandler(InvalidFields.class)
    ModelAndView invalid(InvalidFields e, HttpServletResponse response) {
        return invalid(e.errors().get(0), response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) {
        return page("sager.fejl.for-stor", null, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, response);
    }

    private static final SagerPageModel LAYOUT = new SagerPageModel();

    private static ModelAndView page(String key, InvalidInputException e, int status, HttpServletResponse response) {
        response.setStatus(status);
        ModelAndView mv = new ModelAndView("sager/fejl");
        // @ModelAttribute methods do not run for an exception handler's view: give the layout what it needs
        HttpServletRequest request = ((org.springframework.web.context.request.ServletRequestAttributes)
            org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getRequest();
        mv.addObject("menu", LAYOUT.menu());
        mv.addObject("sprogskift", LAYOUT.languageSwitch(request,
            org.springframework.web.servlet.support.RequestContextUtils.getLocale(request)));
        mv.addObject("regelversion", LAYOUT.rulesVersion());
        mv.addObject("bruger", LAYOUT.user(request.getUserPrincipal()));
        mv.addObject("fejlnoegle", key);
        mv.addObject("felt", e == null ? null : e.field());
        mv.addObject("besked", e == null ? null : e.getMessage());
        mv.addObject("beskedSprog", "da");
        mv.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return mv;
    }
}
