package dk.fleksjob.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.fleksjob.rules.explain.Explanation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How a payout's explanation is stored: the rules' explanation tree as JSON — the same JSON the CLI's
 * {@code --json} and the API give — gzip-compressed. JSON rather than rendered text because the tree keeps what
 * text loses (each step's amount, paragraphs, parameters with provenance and source, flags), so the server can
 * render a page, a PDF letter or the API answer from one stored record, exactly as the decision was made. Gzip
 * because the tree repeats the same paragraphs and sources: about 9 KB of JSON becomes about 2 KB.
 */
public final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
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

    static byte[] gzipExplanation(Explanation explanation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 8192) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            MAPPER.writeValue(gz, explanation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Explanation gunzipExplanation(byte[] stored) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(stored))) {
            return MAPPER.readValue(in, Explanation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored explanation as plain JSON text (for the API). */
    static String gunzipJson(byte[] stored) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(stored))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
