package dk.fleksjob.server.config;

import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.parameter.ParameterValue;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The parameters and legal references in an explanation are the same few values in every response (the rates of the
 * catalogue, the paragraphs of the laws) and make up two thirds of its bytes. Their JSON is written once and reused:
 * the output is byte for byte what Jackson writes for them (ApiTest compares with the CLI's JSON). What-if overrides
 * come from the user and are never kept.
 */
final class CachedJson {

    /** Far above the values the catalogue and the laws hold; a bound, so no input can grow the cache. */
    static final int MAX_ENTRIES = 20_000;

    private CachedJson() {
    }

    static SimpleModule module(JsonMapper plain) {
        SimpleModule m = new SimpleModule("fleksjob-cached-values");
        m.addSerializer(ParameterValue.class, new Raw<>(plain, v -> !v.overridden()));
        m.addSerializer(LegalReference.class, new Raw<>(plain, v -> true));
        return m;
    }

    static final class Raw<T> extends ValueSerializer<T> {
        private final JsonMapper plain;
        private final Predicate<T> cacheable;
        private final Map<T, String> cache = new ConcurrentHashMap<>();

        Raw(JsonMapper plain, Predicate<T> cacheable) {
            this.plain = plain;
            this.cacheable = cacheable;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            String json = cache.get(value);
            if (json == null) {
                json = plain.writeValueAsString(value);
                if (cacheable.test(value) && cache.size() < MAX_ENTRIES) {
                    cache.put(value, json);
                }
            }
            gen.writeRawValue(json);
        }
    }
}
