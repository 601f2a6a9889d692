package dk.fleksjob.server.config;

import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.server.api.BeregningController;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/** The OpenAPI document's title and version, and the problem responses every calculation can give. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    @Bean
    OpenAPI fleksjobOpenApi() {
        return new OpenAPI().info(new Info()
            .title("Fleksjob API")
            .version(RulesVersion.current())
            .description("Fleksjob-reglerne som åbne, forklarede beregninger. Felterne er de samme som i CLI'ens "
                + "`--json`. Fejl er RFC 9457 problem details (`application/problem+json`) med en `fejl`-liste "
                + "`{felt, kode, besked}`; dansk som standard, engelsk med `Accept-Language: en`. Hvert svar har "
                + "headeren `Fleksjob-Regelversion`.")
            .license(new License().name("Åben kildekode")));
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
}
