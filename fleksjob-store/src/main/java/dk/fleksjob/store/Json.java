package dk.fleksjob.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.fleksjob.rules.explain.Explanation;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * JSON in the store: the input stored with a payout, and a payout's explanation read back from
 * {@link StoredExplanation}. The explanation is kept as the rules' explanation tree rather than rendered text,
 * because the tree keeps what text loses (each step's amount, paragraphs, parameters with provenance and source,
 * flags), so the server can render a page, a PDF letter or the API answer — the same JSON the CLI's {@code --json}
 * gives — from one stored record, exactly as the decision was made.
 */
public final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        // Amounts read back exactly as written (15600.00 stays 15600.00).
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kunne ikke skrive JSON", e);
        }
    }

    static Explanation explanation(byte[] stored, Function<Collection<String>, Map<String, String>> blocks) {
        return StoredExplanation.toExplanation(StoredExplanation.decode(stored, blocks));
    }

    /** The stored explanation as the rules' JSON text (for the API). */
    static String explanationJson(byte[] stored, Function<Collection<String>, Map<String, String>> blocks) {
        return write(StoredExplanation.decode(stored, blocks));
    }
}
