package dk.fleksjob.server.config;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of the API is the JSON of the CLI ({@code fleksjob beregn … --json}, Jackson 2 there, Jackson 3 here):
 * record components in their order, BigDecimal written plain ({@code 1234.00}), dates and months as ISO text
 * ({@code "2024-05"}). A field the request record does not have is an error, not silently dropped. A missing
 * boolean is false.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfig {

    @Bean
    JsonMapperBuilderCustomizer fleksjobJson() {
        JsonMapper plain = configure(JsonMapper.builder()).build();
        return builder -> configure(builder).addModule(CachedJson.module(plain));
    }

    static <M extends tools.jackson.databind.ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // a missing yes/no field (e.g. aegtefaeller) is false, as the CLI's flag left out; Jackson 3 would refuse it
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
