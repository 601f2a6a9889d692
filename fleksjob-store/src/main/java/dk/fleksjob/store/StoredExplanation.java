package dk.fleksjob.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.fleksjob.rules.explain.Explanation;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.explain.Step;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.parameter.ParameterValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * How a payout's explanation is stored: the whole explanation tree the rules produced, with every step's text,
 * amount, paragraphs, parameters (value, provenance, source) and flags — but each paragraph and each parameter
 * value written once in the table {@code forklaring_blok} and named in the payout by its content key.
 *
 * <p>Why: the paragraphs and the parameters with their sources are two thirds of an explanation and the same for
 * every person in a month; written out (and gzip-compressed) for each of 110.000 payouts they were most of a
 * national run's time (docs/benchmarks.md, "Store"). What is left — each step's sentence, amount and input — is
 * about 3,4 KB of JSON, stored as it is: compressing it cost more time than the bytes it saved. A block's key is
 * (the first 80 bits of) the SHA-256 of its JSON, so a block is never changed, a key names one text, and the
 * stored explanation reads back exactly as it was computed — without the rules library, even after the parameter
 * files have been corrected. Blocks are inserted in the same transaction as the payouts that name them.
 *
 * <p>Format 2: the UTF-8 JSON {@code {"v":2,"titel":…,"trin":[…]}} in which a step's {@code hjemmel} and
 * {@code parametre} are lists of block keys and a flag's {@code hjemmel} is a block key. Payouts stored before
 * (format 1: the rules' explanation JSON as the CLI prints it, gzipped) are read as they are.
 */
final class StoredExplanation {

    /** Key → the block's JSON, for every paragraph and parameter value seen in this JVM. */
    private static final Map<String, String> BLOCKS = new ConcurrentHashMap<>();
    private static final Map<LegalReference, String> LEGAL_KEYS = new ConcurrentHashMap<>();
    private static final Map<ParameterValue, String> PARAMETER_KEYS = new ConcurrentHashMap<>();

    /** An encoded explanation (UTF-8 JSON) and the keys of the blocks it names. */
    record Encoded(byte[] bytes, Set<String> blocks) {
    }

    private StoredExplanation() {
    }

    static Encoded encode(Explanation explanation) {
        Set<String> keys = new LinkedHashSet<>();
        StringBuilder json = new StringBuilder(4096);
        json.append("{\"v\":2,\"titel\":");
        string(json, explanation.titel());
        json.append(",\"trin\":");
        steps(json, explanation.trin(), keys);
        json.append('}');
        return new Encoded(json.toString().getBytes(StandardCharsets.UTF_8), keys);
    }

    /** The JSON of a block, for inserting it. */
    static String block(String key) {
        String json = BLOCKS.get(key);
        if (json == null) {
            throw new IllegalStateException("ukendt forklaringsblok " + key);
        }
        return json;
    }

    /**
     * The explanation as the rules' JSON tree, the blocks resolved by {@code blocks} (key → block JSON, read from
     * the table).
     */
    static JsonNode decode(byte[] stored, Function<Collection<String>, Map<String, String>> blocks) {
        // Format 1 (before blocks) is gzip, which never starts with '{'.
        JsonNode tree = read(stored.length > 0 && stored[0] == '{' ? stored : gunzip(stored));
        if (!tree.has("v")) {
            return tree;
        }
        if (tree.get("v").asInt() != 2) {
            throw new IllegalStateException("ukendt forklaringsformat " + tree.get("v"));
        }
        Set<String> keys = new LinkedHashSet<>();
        collectKeys(tree.get("trin"), keys);
        Map<String, String> found = blocks.apply(keys);
        Map<String, JsonNode> resolved = new HashMap<>();
        for (String k : keys) {
            String json = found.get(k);
            if (json == null) {
                throw new IllegalStateException("forklaringsblok " + k + " mangler i databasen");
            }
            resolved.put(k, read(json.getBytes(StandardCharsets.UTF_8)));
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.set("titel", tree.get("titel"));
        out.set("trin", expandSteps(tree.get("trin"), resolved));
        return out;
    }

    static Explanation toExplanation(JsonNode tree) {
        try {
            return Json.MAPPER.treeToValue(tree, Explanation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    private static void steps(StringBuilder json, List<Step> steps, Set<String> keys) {
        json.append('[');
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            step(json, steps.get(i), keys);
        }
        json.append(']');
    }

    private static void step(StringBuilder json, Step s, Set<String> keys) {
        json.append('{');
        boolean first = field(json, "id", s.id(), true);
        first = field(json, "tekst", s.tekst(), first);
        if (s.beloeb() != null) {
            first = name(json, "beloeb", first);
            number(json, s.beloeb());
        }
        first = field(json, "enhed", s.enhed(), first);
        if (s.hjemmel() != null) {
            first = name(json, "hjemmel", first);
            keyList(json, s.hjemmel().stream().map(StoredExplanation::key).toList(), keys);
        }
        if (s.parametre() != null) {
            first = name(json, "parametre", first);
            keyList(json, s.parametre().stream().map(StoredExplanation::key).toList(), keys);
        }
        if (s.input() != null) {
            first = name(json, "input", first);
            json.append('{');
            boolean firstInput = true;
            for (Map.Entry<String, String> e : s.input().entrySet()) {
                firstInput = field(json, e.getKey(), e.getValue(), firstInput);
            }
            json.append('}');
        }
        if (s.flag() != null) {
            first = name(json, "flag", first);
            json.append('[');
            for (int i = 0; i < s.flag().size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                flag(json, s.flag().get(i), keys);
            }
            json.append(']');
        }
        if (s.trin() != null) {
            name(json, "trin", first);
            steps(json, s.trin(), keys);
        }
        json.append('}');
    }

    private static void flag(StringBuilder json, Flag f, Set<String> keys) {
        json.append('{');
        boolean first = field(json, "type", f.type() == null ? null : f.type().name(), true);
        first = field(json, "tekst", f.tekst(), first);
        if (f.hjemmel() != null) {
            String key = key(f.hjemmel());
            keys.add(key);
            field(json, "hjemmel", key, first);
        }
        json.append('}');
    }

    private static void keyList(StringBuilder json, List<String> list, Set<String> keys) {
        json.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(list.get(i)).append('"');
            keys.add(list.get(i));
        }
        json.append(']');
    }

    private static String key(LegalReference legal) {
        return LEGAL_KEYS.computeIfAbsent(legal, l -> register(Json.write(l)));
    }

    private static String key(ParameterValue value) {
        return PARAMETER_KEYS.computeIfAbsent(value, v -> register(Json.write(v)));
    }

    private static String register(String blockJson) {
        String key = PayoutCalculation.sha256(blockJson).substring(0, 20);
        BLOCKS.putIfAbsent(key, blockJson);
        return key;
    }

    /** Writes {@code "name":"value"} unless the value is null (as the rules' JSON leaves nulls out). */
    private static boolean field(StringBuilder json, String name, String value, boolean first) {
        if (value == null) {
            return first;
        }
        name(json, name, first);
        string(json, value);
        return false;
    }

    private static boolean name(StringBuilder json, String name, boolean first) {
        if (!first) {
            json.append(',');
        }
        string(json, name);
        json.append(':');
        return false;
    }

    private static void number(StringBuilder json, BigDecimal value) {
        json.append(value.toPlainString());
    }

    private static void string(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        json.append('"');
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    private static byte[] gunzip(byte[] stored) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(byte[] json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectKeys(JsonNode steps, Set<String> keys) {
        for (JsonNode s : steps) {
            s.path("hjemmel").forEach(k -> keys.add(k.asText()));
            s.path("parametre").forEach(k -> keys.add(k.asText()));
            s.path("flag").forEach(f -> {
                if (f.hasNonNull("hjemmel")) {
                    keys.add(f.get("hjemmel").asText());
                }
            });
            collectKeys(s.path("trin"), keys);
        }
    }

    private static ArrayNode expandSteps(JsonNode steps, Map<String, JsonNode> blocks) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (JsonNode s : steps) {
            ObjectNode step = ((ObjectNode) s).deepCopy();
            if (step.has("hjemmel")) {
                step.set("hjemmel", expandList(s.get("hjemmel"), blocks));
            }
            if (step.has("parametre")) {
                step.set("parametre", expandList(s.get("parametre"), blocks));
            }
            if (step.has("flag")) {
                ArrayNode flags = Json.MAPPER.createArrayNode();
                for (JsonNode f : s.get("flag")) {
                    ObjectNode flag = ((ObjectNode) f).deepCopy();
                    if (f.hasNonNull("hjemmel")) {
                        flag.set("hjemmel", blocks.get(f.get("hjemmel").asText()));
                    }
                    flags.add(flag);
                }
                step.set("flag", flags);
            }
            if (step.has("trin")) {
                step.set("trin", expandSteps(s.get("trin"), blocks));
            }
            out.add(step);
        }
        return out;
    }

    private static ArrayNode expandList(JsonNode keys, Map<String, JsonNode> blocks) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        keys.forEach(k -> out.add(blocks.get(k.asText())));
        return out;
    }
}
