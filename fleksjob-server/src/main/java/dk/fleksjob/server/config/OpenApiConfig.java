package dk.fleksjob.server.config;

import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.server.api.BeregningController;
import dk.fleksjob.server.sager.SagerApi;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): its title and version, the
 * problem responses every calculation can give, and the case API for caseworkers ({@code /api/v1/sager/**},
 * {@code sager.SagerApi}). The HTTP Basic security scheme is declared in the document and required only on the case
 * API's operations (by {@code @SecurityRequirement} on that controller); the calculations and parameters stay
 * public and carry no security requirement. Every case operation lists the problem responses it can give.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    /** The HTTP Basic security scheme's name (the case API's {@code @SecurityRequirement} names it). */
    public static final String BASIC = "basic";

    @Bean
    OpenAPI fleksjobOpenApi() {
        OpenAPI api = new OpenAPI().info(new Info()
            .title("Fleksjob API")
            .version(RulesVersion.current())
            .description("Fleksjob-reglerne som åbne, forklarede beregninger. Felterne er de samme som i CLI'ens "
                + "`--json`. Fejl er RFC 9457 problem details (`application/problem+json`) med en `fejl`-liste "
                + "`{felt, kode, besked}`; dansk som standard, engelsk med `Accept-Language: en`. Hvert svar har "
                + "headeren `Fleksjob-Regelversion`.\n\n"
                + SAGER_DESCRIPTION)
            .license(new License().name("Åben kildekode")));
        sagerComponents(api);
        return api;
    }

    /** 400 and 422 with a problem body on every calculation. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            if (handler.getBeanType() == BeregningController.class) {
                Schema<?> problem = ModelConverters.getInstance().readAllAsResolvedSchema(ProblemDetail.class).schema;
                Content content = new Content().addMediaType("application/problem+json", new MediaType().schema(problem));
                operation.getResponses()
                    .addApiResponse("400", new ApiResponse().description(
                        "Forespørgslen kan ikke læses: ikke JSON, forkert type, ukendt felt").content(content))
                    .addApiResponse("422", new ApiResponse().description(
                        "Oplysningerne kan ikke bruges: manglende eller ugyldigt input, for store tal, ukendt parameter")
                        .content(content));
            }
            return operation;
        };
    }

    /** The problems of the case API's operations (see {@link #sagerResponses}). */
    @Bean
    OperationCustomizer sagerProblemResponses() {
        return (operation, handler) -> handler.getBeanType() == SagerApi.class ? sagerResponses(operation, handler)
            : operation;
    }

    /**
     * The limits the annotations cannot state because they are computed: a decision's reason is the point's afklaring
     * column less the prefix the store writes before it ({@code SagerApi.AfgoerelseInput.MAX_BEGRUNDELSE}).
     */
    @Bean
    OpenApiCustomizer sagerComputedLimits() {
        return api -> property(api, "AfgoerelseInput", "begrundelse")
            .setMaxLength(SagerApi.AfgoerelseInput.MAX_BEGRUNDELSE);
    }

    /** A property of a schema in the document; missing, the document's build fails rather than lose the limit. */
    static Schema<?> property(OpenAPI api, String schema, String property) {
        Schema<?> s = api.getComponents() == null || api.getComponents().getSchemas() == null ? null
            : api.getComponents().getSchemas().get(schema);
        Schema<?> p = s == null || s.getProperties() == null ? null : s.getProperties().get(property);
        if (p == null) {
            throw new IllegalStateException("OpenAPI: no property " + schema + "." + property);
        }
        return p;
    }

    // ---- the case API's document ------------------------------------------------------------------------------

    /** RFC 9457 problem details as the case API writes them. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Problem", description = "RFC 9457 problem details "
        + "(`application/problem+json`), på dansk")
    record Problem(@io.swagger.v3.oas.annotations.media.Schema(example = "urn:fleksjob:problem:samtidig-aendring")
                   URI type,
                   String title,
                   int status,
                   String detail,
                   URI instance,
                   @io.swagger.v3.oas.annotations.media.Schema(description = "Ét punkt pr. felt, der ikke kan bruges "
                       + "(ved 400 og 422)") List<FeltFejl> fejl) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "FeltFejl", description = "Et felt, der ikke kan bruges")
    record FeltFejl(@io.swagger.v3.oas.annotations.media.Schema(description = "Feltets navn i JSON", example = "cpr")
                    String felt,
                    @io.swagger.v3.oas.annotations.media.Schema(description = "Fejlens art (kun ved 400)")
                    String kode,
                    @io.swagger.v3.oas.annotations.media.Schema(example = "CPR-nummeret skal være 10 cifre")
                    String besked) {
    }

    static final String SAGER_DESCRIPTION = "**Sager** (`/api/v1/sager`): jobcentrets sager, kun for sagsbehandlere "
        + "med HTTP Basic (brugerne fra sagsbehandlernes login), uden session og uden CSRF-token. Du ser kun dit eget "
        + "jobcenters sager; en sag i et andet jobcenter \"findes ikke\" (404, aldrig 403). CPR-nummeret sendes kun, "
        + "når en sag oprettes, og vises derefter kun maskeret. En ændring sendes med den `version`, du har læst; har "
        + "en anden ændret sagen i mellemtiden, er svaret 409, og intet er gemt. Beregningerne og parametrene kræver "
        + "intet login.";

    /** The security scheme, the problem schema and the shared problem responses of the case API. */
    static void sagerComponents(OpenAPI api) {
        api.components(new io.swagger.v3.oas.models.Components());
        api.getComponents().addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
            .scheme("basic").description("Brugernavn og kodeord som ved sagsbehandlernes login (/login)."));
        ModelConverters.getInstance().readAll(Problem.class).forEach(api.getComponents()::addSchemas);
        Map<String, ApiResponse> responses = Map.of(
            "Ulaeselig", problem("Forespørgslen kan ikke læses: ikke JSON, forkert type, ukendt felt. `fejl` har "
                + "ét punkt pr. felt med `felt`, `kode` og `besked`.", null),
            "UgyldigeOplysninger", problem("Oplysningerne kan ikke bruges (fx et ugyldigt CPR-nummer, en manglende "
                + "dato eller version, et tal uden for det tilladte, en sag oprettet uden jobcenter). `fejl` har ét "
                + "punkt pr. felt med `felt` og `besked`.", example(null, "Oplysningerne kan ikke bruges", 422,
                "CPR-nummeret skal være 10 cifre (DDMMÅÅ-XXXX)", "/api/v1/sager",
                List.of(Map.of("felt", "cpr", "besked", "CPR-nummeret skal være 10 cifre (DDMMÅÅ-XXXX)")))),
            "IkkeLoggetInd", problem("Ingen eller forkerte loginoplysninger (HTTP Basic).", null)
                .addHeaderObject("WWW-Authenticate", new Header().description("`Basic realm=\"fleksjob\"`")
                    .schema(new StringSchema())),
            "IngenAdgang", problem("Brugeren har ikke en rolle, der må bruge sagerne (SAGSBEHANDLER, LEDER eller "
                + "ADMIN).", null),
            "FindesIkke", problem("Sagen (eller bevillingen, ansættelsen, udbetalingen, punktet) findes ikke i dit "
                + "jobcenter. En sag i et andet jobcenter giver også 404, så ingen får at vide, at den findes.", null),
            "SamtidigAendring", problem("Sagen er ændret af en anden, siden du læste den (`version` er forældet). "
                + "Intet er gemt: læs sagen igen og send ændringen med den nye version.",
                example("urn:fleksjob:problem:samtidig-aendring", "Sagen er ændret af en anden", 409, "Sagen er "
                    + "ændret af en anden, siden du læste den. Intet er gemt. Læs sagen igen og send ændringen med den "
                    + "nye version.", "/api/v1/sager/1", null)),
            "PunktIkkeAabent", problem("Punktet er ikke længere åbent: det er afklaret, siden du læste det "
                + "(`urn:fleksjob:problem:samtidig-aendring`, `version` er forældet), eller det var allerede afklaret "
                + "(`urn:fleksjob:problem:allerede-afklaret`). Intet er gemt: læs sagen igen.",
                example("urn:fleksjob:problem:allerede-afklaret", "Punktet er allerede afklaret", 409, "Punktet er "
                    + "allerede afklaret af sagsbehandler. Intet er gemt. Læs sagen igen for at se afklaringen.",
                    "/api/v1/sager/1/flag/3/afklaring", null)));
        new TreeMap<>(responses).forEach(api.getComponents()::addResponses);
    }

    private static Map<String, Object> example(String type, String title, int status, String detail, String instance,
                                               List<Map<String, String>> fejl) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (type != null) {
            p.put("type", type);
        }
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        p.put("instance", instance);
        if (fejl != null) {
            p.put("fejl", fejl);
        }
        return p;
    }

    private static ApiResponse problem(String description, Map<String, Object> example) {
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
        if (example != null) {
            media.addExamples("eksempel", new Example().value(example));
        }
        return new ApiResponse().description(description)
            .content(new Content().addMediaType("application/problem+json", media));
    }

    /**
     * The problems every case operation can give: 401 and 403 always, 400 and 422 with a body, 404 with a case in
     * the path. 409 (a stale version) is on the operations that take one, by {@code @ApiResponse} there.
     */
    static Operation sagerResponses(Operation operation, HandlerMethod handler) {
        boolean body = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        boolean onCase = Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
        ApiResponses all = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (body) {
            all.addApiResponse("400", ref("Ulaeselig"));
            all.addApiResponse("422", ref("UgyldigeOplysninger"));
        }
        all.addApiResponse("401", ref("IkkeLoggetInd"));
        all.addApiResponse("403", ref("IngenAdgang"));
        if (onCase) {
            all.addApiResponse("404", ref("FindesIkke"));
        }
        ApiResponses sorted = new ApiResponses();
        new TreeMap<>(all).forEach(sorted::addApiResponse);
        return operation.responses(sorted);
    }

    private static ApiResponse ref(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }
}
