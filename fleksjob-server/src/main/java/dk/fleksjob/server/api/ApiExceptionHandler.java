package dk.fleksjob.server.api;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.parameter.UnknownParameterException;
import dk.fleksjob.server.input.BadInputException;
import dk.fleksjob.server.input.InputProblems;
import dk.fleksjob.server.input.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problems as RFC 9457 {@code application/problem+json}, in Danish (English with {@code Accept-Language: en}). Input
 * that cannot be read is 400, input that was read but cannot be calculated with is 422, each with a {@code fejl}
 * list of {@code {felt, kode, besked}}. Bad input never gives 500. Outside {@code /api/} the exception is passed on
 * to Spring Boot's HTML error pages.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    static final URI UNREADABLE = URI.create("urn:fleksjob:problem:ulaeselig-forespoergsel");
    static final URI INVALID = URI.create("urn:fleksjob:problem:ugyldige-oplysninger");
    static final URI UNKNOWN_PARAMETER = URI.create("urn:fleksjob:problem:ukendt-parameter");
    static final URI UNEXPECTED = URI.create("urn:fleksjob:problem:uventet-fejl");
    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Messages messages;

    public ApiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<Object> badInput(BadInputException e, HttpServletRequest request, Locale locale) {
        HttpStatus status = e.syntax() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        String kind = e.syntax() ? "problem.ulaeselig" : "problem.ugyldig";
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, messages.get(kind + ".detail", locale));
        p.setType(e.syntax() ? UNREADABLE : INVALID);
        p.setTitle(messages.get(kind + ".title", locale));
        p.setInstance(URI.create(request.getRequestURI()));
        p.setProperty("fejl", messages.localize(e.problems(), locale));
        return problem(p, locale);
    }

    @ExceptionHandler(UnknownParameterException.class)
    ResponseEntity<Object> unknownParameter(UnknownParameterException e, HttpServletRequest request, Locale locale) {
        String id = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
            messages.get("fejl.ukendt-parameter", locale, id));
        p.setType(UNKNOWN_PARAMETER);
        p.setTitle(messages.get("problem.ukendt-parameter.title", locale));
        p.setInstance(URI.create(request.getRequestURI()));
        return problem(p, locale);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> rule(InvalidInputException e, HttpServletRequest request, Locale locale) {
        return badInput(InputProblems.fromRule(e), request, locale);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request, Locale locale) {
        if (!isApi(request)) {
            throw sneaky(e);
        }
        LOG.error("Uventet fejl i {}", request.getRequestURI(), e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
            messages.get("problem.uventet.detail", locale));
        p.setType(UNEXPECTED);
        p.setTitle(messages.get("problem.uventet.title", locale));
        p.setInstance(URI.create(request.getRequestURI()));
        return problem(p, locale);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        HttpServletRequest servlet = ((org.springframework.web.context.request.NativeWebRequest) request)
            .getNativeRequest(HttpServletRequest.class);
        return badInput(InputProblems.fromJackson(ex), servlet, servletLocale(servlet));
    }

    /** Every standard Spring MVC exception (404, 405, 406, 415, …) ends here: a problem for the API only. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        HttpServletRequest servlet = ((org.springframework.web.context.request.NativeWebRequest) request)
            .getNativeRequest(HttpServletRequest.class);
        if (servlet != null && !isApi(servlet)) {
            throw sneaky(ex);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Rethrows unchanged, so the next resolver (Spring Boot's error pages) handles a page's exception. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        HttpHeaders h = new HttpHeaders();
        h.addAll(headers);
        h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, h, status);
    }

    private static Locale servletLocale(HttpServletRequest request) {
        return org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
    }

    private static ResponseEntity<Object> problem(ProblemDetail p, Locale locale) {
        return ResponseEntity.status(p.getStatus())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
            .body(p);
    }

}
