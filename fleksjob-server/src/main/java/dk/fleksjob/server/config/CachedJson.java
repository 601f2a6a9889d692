package dk.fleksjob.server.config;

import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.explain.Step;
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
 * Faster JSON for explanations, the same bytes. The parameters and legal references in an explanation are the same
 * few values in every response (the rates of the catalogue, the paragraphs of the laws) and make up two thirds of its
 * bytes: their JSON is written once and reused. What-if overrides come from the user and are never kept. Steps are
 * written field by field. ApiTest proves the result equals the CLI's JSON (Jackson 2, no such help).
 */
final class CachedJson {

    /** Far above the values the catalogue and the laws hold; a bound, so no input can grow the cache. */
    static final int MAX_ENTRIES = 20_000;

    private CachedJson() {
    }

    static SimpleModule module(JsonMapper plain) {
        SimpleModule m = new SimpleModule("fleksjob-cached-values");
        Raw<ParameterValue> parameters = new Raw<>(plain, v -> !v.overridden());
        Raw<LegalReference> references = new Raw<>(plain, v -> true);
        m.addSerializer(ParameterValue.class, parameters);
        m.addSerializer(LegalReference.class, references);
        m.addSerializer(Step.class, new StepSerializer(parameters, references));
        return m;
    }

    /**
     * A step of an explanation, the most numerous object in a response, written field by field in the record's
     * order: the same JSON as Jackson's record serializer, without its per-property reflection.
     */
    static final class StepSerializer extends ValueSerializer<Step> {
        private final Raw<ParameterValue> parameters;
        private final Raw<LegalReference> references;

        StepSerializer(Raw<ParameterValue> parameters, Raw<LegalReference> references) {
            this.parameters = parameters;
            this.references = references;
        }

        @Override
        public void serialize(Step s, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            string(gen, "id", s.id());
            string(gen, "tekst", s.tekst());
            gen.writeName("beloeb");
            if (s.beloeb() == null) {
                gen.writeNull();
            } else {
                gen.writeNumber(s.beloeb());
            }
            string(gen, "enhed", s.enhed());
            gen.writeName("hjemmel");
            gen.writeStartArray();
            for (LegalReference r : s.hjemmel()) {
                references.serialize(r, gen, ctxt);
            }
            gen.writeEndArray();
            gen.writeName("parametre");
            gen.writeStartArray();
            for (ParameterValue p : s.parametre()) {
                parameters.serialize(p, gen, ctxt);
            }
            gen.writeEndArray();
            gen.writeName("input");
            gen.writeStartObject();
            for (Map.Entry<String, String> e : s.input().entrySet()) {
                string(gen, e.getKey(), e.getValue());
            }
            gen.writeEndObject();
            gen.writeName("flag");
            gen.writeStartArray();
            for (Flag f : s.flag()) {
                ctxt.writeValue(gen, f);
            }
            gen.writeEndArray();
            gen.writeName("trin");
            gen.writeStartArray();
            for (Step child : s.trin()) {
                serialize(child, gen, ctxt);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }

        private static void string(JsonGenerator gen, String name, String value) {
            gen.writeName(name);
            if (value == null) {
                gen.writeNull();
            } else {
                gen.writeString(value);
            }
        }
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
