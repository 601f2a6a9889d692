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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * How a payout's explanation is stored: the whole explanation tree the rules produced, with every step's text,
 * amount, paragraphs, parameters (value, provenance, source) and flags — but what is the same for everybody written
 * once, in the table {@code forklaring_blok}, and named in the payout by its content key.
 *
 * <p>Why: the paragraphs and the parameters with their sources are two thirds of an explanation and the same for
 * every person in a month; written out (and gzip-compressed) for each of 110.000 payouts they were most of a
 * national run's time (docs/benchmarks.md, "Store"). A block's key is (the first 80 bits of) the SHA-256 of its
 * JSON, so a block is never changed, a key names one text, and the stored explanation reads back exactly as it was
 * computed — without the rules library, even after the parameter files have been corrected. Blocks are committed
 * before the payouts that name them ({@code PayoutRun}).
 *
 * <p>Format 4 (now written): format 3, deflated with a preset dictionary that is itself a block
 * ({@link PresetDictionary#FORKLARING}): about 260 bytes a payout instead of 2,1 KB.
 *
 * <p>Format 3: {@code {"v":3,"titel":…,"trin":[…]}}, UTF-8. Each step is
 * {@code {"form":key,"tekst":…,"beloeb":…}} plus its input, flags and sub-steps where they are not empty. The form
 * is a block with what the step has in common with the same step for every other person: its id, unit, paragraphs
 * and parameters (as block keys), and which of its parts are empty. A flag's {@code hjemmel} is a block key. About
 * 2,1 KB a payout, most of it the sentences.
 *
 * <p>Read as they are: format 3 (stored uncompressed until 23 Nov 2026), format 2 (the step written out, with its paragraphs and parameters as block keys) and
 * format 1 (the rules' explanation JSON as the CLI prints it, gzipped).
 */
final class StoredExplanation {

    /** Key → the block's JSON, for every paragraph and parameter value seen in this JVM. */
    private static final Map<String, String> BLOCKS = new ConcurrentHashMap<>();
    private static final Map<LegalReference, String> LEGAL_KEYS = new ConcurrentHashMap<>();
    private static final Map<ParameterValue, String> PARAMETER_KEYS = new ConcurrentHashMap<>();
    private static final Map<FormId, String> FORM_KEYS = new ConcurrentHashMap<>();
    /** Form key → the paragraph and parameter keys the form names. */
    private static final Map<String, List<String>> NAMED = new ConcurrentHashMap<>();

    /**
     * An encoded explanation (UTF-8 JSON) and the keys of the blocks it names directly (its steps' forms and its
     * flags' paragraphs; {@link #withNamed} gives what a form names in turn).
     */
    record Encoded(byte[] bytes, Set<String> blocks) {
    }

    private StoredExplanation() {
    }

    /** Format 4: format 3, compressed with the dictionary (which the explanation then names as a block too). */
    static Encoded encode(Explanation explanation) {
        Set<String> keys = new LinkedHashSet<>();
        // The JSON lives only until it is compressed: one buffer per thread instead of 8 KB of garbage a payout.
        byte[] stored = PresetDictionary.FORKLARING.compress(format3(explanation, keys, BUFFER.get().reset()));
        keys.add(PresetDictionary.FORKLARING.key());
        return new Encoded(stored, keys);
    }

    private static final ThreadLocal<Utf8Json> BUFFER = ThreadLocal.withInitial(() -> new Utf8Json(8192));

    /** The explanation as format-3 JSON; {@code keys} gets the blocks it names. */
    static Utf8Json format3(Explanation explanation, Set<String> keys) {
        return format3(explanation, keys, new Utf8Json(4096));
    }

    private static Utf8Json format3(Explanation explanation, Set<String> keys, Utf8Json json) {
        json.raw("{\"v\":3,\"titel\":");
        if (explanation.titel() == null) {
            json.raw("null");
        } else {
            json.string(explanation.titel());
        }
        json.raw(",\"trin\":");
        steps(json, explanation.trin(), keys);
        json.raw('}');
        return json;
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
        JsonNode tree = read(json(stored, blocks));
        if (!tree.has("v")) {
            return tree;
        }
        int format = tree.get("v").asInt();
        if (format != 2 && format != 3) {
            throw new IllegalStateException("ukendt forklaringsformat " + tree.get("v"));
        }
        Map<String, JsonNode> resolved = new HashMap<>();
        if (format == 3) {
            // The payout names the forms of its steps; the forms name the paragraphs and parameters.
            Set<String> forms = new LinkedHashSet<>();
            collectForms(tree.get("trin"), forms);
            resolve(forms, blocks, resolved);
        }
        Set<String> keys = new LinkedHashSet<>();
        collectKeys(tree.get("trin"), keys, resolved);
        resolve(keys, blocks, resolved);
        ObjectNode out = Json.MAPPER.createObjectNode();
        if (tree.hasNonNull("titel")) {
            out.set("titel", tree.get("titel"));
        }
        out.set("trin", format == 3 ? expandForms(tree.get("trin"), resolved) : expandSteps(tree.get("trin"), resolved));
        return out;
    }

    /** The stored bytes as JSON: format 4 inflated with the dictionary it names, format 1 gunzipped. */
    private static byte[] json(byte[] stored, Function<Collection<String>, Map<String, String>> blocks) {
        if (PresetDictionary.isCompressed(stored)) {
            String key = PresetDictionary.keyOf(stored);
            String dictionary = blocks.apply(List.of(key)).get(key);
            if (dictionary == null) {
                throw new IllegalStateException("forklaringsblok " + key + " mangler i databasen");
            }
            return PresetDictionary.decompress(stored, dictionary);
        }
        // Format 1 (before blocks) is gzip, which never starts with '{'; formats 2 and 3 are plain JSON.
        return stored.length > 0 && stored[0] == '{' ? stored : gunzip(stored);
    }

    private static void resolve(Set<String> keys, Function<Collection<String>, Map<String, String>> blocks,
                                Map<String, JsonNode> resolved) {
        keys.removeAll(resolved.keySet());
        if (keys.isEmpty()) {
            return;
        }
        Map<String, String> found = blocks.apply(keys);
        for (String k : keys) {
            String json = found.get(k);
            if (json == null) {
                throw new IllegalStateException("forklaringsblok " + k + " mangler i databasen");
            }
            resolved.put(k, read(json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    static Explanation toExplanation(JsonNode tree) {
        try {
            return Json.MAPPER.treeToValue(tree, Explanation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- writing ----------------------------------------------------------------------------------------------

    private static void steps(Utf8Json json, List<Step> steps, Set<String> keys) {
        json.raw('[');
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                json.raw(',');
            }
            step(json, steps.get(i), keys);
        }
        json.raw(']');
    }

    /** A step as its form's key and what is this payout's own: the sentence, the amount and any non-empty parts. */
    private static void step(Utf8Json json, Step s, Set<String> keys) {
        String form = form(s);
        keys.add(form);
        json.raw("{\"form\":\"").raw(form).raw('"');
        if (s.tekst() != null) {
            json.name("tekst", false).string(s.tekst());
        }
        if (s.beloeb() != null) {
            json.name("beloeb", false).number(s.beloeb());
        }
        if (s.input() != null && !s.input().isEmpty()) {
            json.name("input", false).raw('{');
            boolean first = true;
            for (Map.Entry<String, String> e : s.input().entrySet()) {
                if (e.getValue() != null) {
                    json.name(e.getKey(), first).string(e.getValue());
                    first = false;
                }
            }
            json.raw('}');
        }
        if (s.flag() != null && !s.flag().isEmpty()) {
            json.name("flag", false).raw('[');
            for (int i = 0; i < s.flag().size(); i++) {
                if (i > 0) {
                    json.raw(',');
                }
                flag(json, s.flag().get(i), keys);
            }
            json.raw(']');
        }
        if (s.trin() != null && !s.trin().isEmpty()) {
            json.name("trin", false);
            steps(json, s.trin(), keys);
        }
        json.raw('}');
    }

    private static void flag(Utf8Json json, Flag f, Set<String> keys) {
        json.raw('{');
        boolean first = true;
        if (f.type() != null) {
            json.name("type", true).string(f.type().name());
            first = false;
        }
        if (f.tekst() != null) {
            json.name("tekst", first).string(f.tekst());
            first = false;
        }
        if (f.hjemmel() != null) {
            String key = key(f.hjemmel());
            keys.add(key);
            json.name("hjemmel", first).raw('"').raw(key).raw('"');
        }
        json.raw('}');
    }

    /**
     * The key of the step's form block: what a step has in common with the same step of every other person — its
     * id, unit, paragraphs and parameters (as block keys), and which of its input, flags and sub-steps are empty.
     */
    private static String form(Step s) {
        Map<String, SeenForm> seen = SEEN_FORMS.get();
        SeenForm last = s.id() == null ? null : seen.get(s.id());
        if (last != null && last.sameAs(s)) {
            return last.key;
        }
        String key = formKey(s);
        if (s.id() != null) {
            seen.put(s.id(), new SeenForm(s, key));
        }
        return key;
    }

    /**
     * The form last seen for a step id, in this thread. Why: a run's 110.000 explanations have the same steps with
     * the same paragraphs and parameters — the same objects, since the rules' paragraphs are constants and
     * {@link dk.fleksjob.rules.parameter.Rates#forMonth} gives the same value every time — and comparing those by
     * identity costs a fraction of hashing them as records (docs/benchmarks.md, "Store"). Anything else that differs
     * takes the full lookup.
     */
    private static final class SeenForm {
        private final String enhed;
        /** The elements as they were: a step built with a list that is changed afterwards must not match. */
        private final Object[] hjemmel;
        private final Object[] parametre;
        private final char input;
        private final char flag;
        private final char trin;
        private final String key;

        SeenForm(Step s, String key) {
            this.enhed = s.enhed();
            this.hjemmel = s.hjemmel() == null ? null : s.hjemmel().toArray();
            this.parametre = s.parametre() == null ? null : s.parametre().toArray();
            this.input = inputPart(s);
            this.flag = flagPart(s);
            this.trin = trinPart(s);
            this.key = key;
        }

        boolean sameAs(Step s) {
            return Objects.equals(enhed, s.enhed()) && sameElements(hjemmel, s.hjemmel())
                && sameElements(parametre, s.parametre()) && input == inputPart(s) && flag == flagPart(s)
                && trin == trinPart(s);
        }

        private static boolean sameElements(Object[] seen, List<?> now) {
            if (seen == null || now == null) {
                return seen == null && now == null;
            }
            if (seen.length != now.size()) {
                return false;
            }
            for (int i = 0; i < seen.length; i++) {
                if (seen[i] != now.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final ThreadLocal<Map<String, SeenForm>> SEEN_FORMS = ThreadLocal.withInitial(HashMap::new);

    private static char inputPart(Step s) {
        return part(s.input() == null ? null : s.input().isEmpty());
    }

    private static char flagPart(Step s) {
        return part(s.flag() == null ? null : s.flag().isEmpty());
    }

    private static char trinPart(Step s) {
        return part(s.trin() == null ? null : s.trin().isEmpty());
    }

    private static String formKey(Step s) {
        FormId id = new FormId(s.id(), s.enhed(), keys(s.hjemmel(), StoredExplanation::key),
            keys(s.parametre(), StoredExplanation::key), inputPart(s), flagPart(s), trinPart(s));
        return FORM_KEYS.computeIfAbsent(id, f -> {
            String key = register(f.json());
            List<String> named = new ArrayList<>();
            if (f.hjemmel() != null) {
                named.addAll(f.hjemmel());
            }
            if (f.parametre() != null) {
                named.addAll(f.parametre());
            }
            NAMED.put(key, List.copyOf(named));
            return key;
        });
    }

    /** A block and the blocks it names (a form names paragraphs and parameters), for inserting them together. */
    static List<String> withNamed(String key) {
        List<String> named = NAMED.getOrDefault(key, List.of());
        if (named.isEmpty()) {
            return List.of(key);
        }
        List<String> all = new ArrayList<>(named.size() + 1);
        all.add(key);
        all.addAll(named);
        return all;
    }

    private static <T> List<String> keys(List<T> values, Function<T, String> key) {
        if (values == null) {
            return null;
        }
        String[] out = new String[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = key.apply(values.get(i));
        }
        return Arrays.asList(out);
    }

    /** How a part of a step is stored: null (none), empty (in the form), or the payout's own. */
    private static char part(Boolean empty) {
        return empty == null ? 'n' : empty ? 'e' : 'p';
    }

    /** What identifies a form; its JSON is the block. */
    private record FormId(String id, String enhed, List<String> hjemmel, List<String> parametre, char input,
                          char flag, char trin) {
        String json() {
            Utf8Json json = new Utf8Json(256);
            json.raw('{');
            boolean first = true;
            if (id != null) {
                json.name("id", true).string(id);
                first = false;
            }
            if (enhed != null) {
                json.name("enhed", first).string(enhed);
                first = false;
            }
            if (hjemmel != null) {
                json.name("hjemmel", first);
                keyList(json, hjemmel);
                first = false;
            }
            if (parametre != null) {
                json.name("parametre", first);
                keyList(json, parametre);
                first = false;
            }
            if (input == 'e') {
                json.name("input", first).raw("{}");
                first = false;
            }
            if (flag == 'e') {
                json.name("flag", first).raw("[]");
                first = false;
            }
            if (trin == 'e') {
                json.name("trin", first).raw("[]");
            }
            return json.raw('}').toString();
        }
    }

    private static void keyList(Utf8Json json, List<String> list) {
        json.raw('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                json.raw(',');
            }
            json.raw('"').raw(list.get(i)).raw('"');
        }
        json.raw(']');
    }

    private static String key(LegalReference legal) {
        return LEGAL_KEYS.computeIfAbsent(legal, l -> register(Json.write(l)));
    }

    private static String key(ParameterValue value) {
        return PARAMETER_KEYS.computeIfAbsent(value, v -> register(Json.write(v)));
    }

    /** Registers a block that is not a paragraph, parameter or form (the dictionary); returns its key. */
    static String registerBlock(String content) {
        return register(content);
    }

    private static String register(String blockJson) {
        String key = PayoutCalculation.sha256(blockJson).substring(0, 20);
        BLOCKS.putIfAbsent(key, blockJson);
        return key;
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

    private static void collectForms(JsonNode steps, Set<String> forms) {
        for (JsonNode s : steps) {
            forms.add(s.path("form").asText());
            collectForms(s.path("trin"), forms);
        }
    }

    /** The paragraph and parameter keys the steps name: in the step (format 2) or in its form (format 3). */
    private static void collectKeys(JsonNode steps, Set<String> keys, Map<String, JsonNode> forms) {
        for (JsonNode s : steps) {
            JsonNode named = s.has("form") ? forms.get(s.get("form").asText()) : s;
            named.path("hjemmel").forEach(k -> keys.add(k.asText()));
            named.path("parametre").forEach(k -> keys.add(k.asText()));
            s.path("flag").forEach(f -> {
                if (f.hasNonNull("hjemmel")) {
                    keys.add(f.get("hjemmel").asText());
                }
            });
            collectKeys(s.path("trin"), keys, forms);
        }
    }

    /** Format 3: each step rebuilt in the rules' field order from its form and the payout's own parts. */
    private static ArrayNode expandForms(JsonNode steps, Map<String, JsonNode> blocks) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (JsonNode s : steps) {
            JsonNode form = blocks.get(s.get("form").asText());
            ObjectNode step = Json.MAPPER.createObjectNode();
            copy(form, step, "id");
            copy(s, step, "tekst");
            copy(s, step, "beloeb");
            copy(form, step, "enhed");
            if (form.has("hjemmel")) {
                step.set("hjemmel", expandList(form.get("hjemmel"), blocks));
            }
            if (form.has("parametre")) {
                step.set("parametre", expandList(form.get("parametre"), blocks));
            }
            JsonNode input = s.has("input") ? s.get("input") : form.get("input");
            if (input != null) {
                step.set("input", input.deepCopy());
            }
            if (s.has("flag")) {
                step.set("flag", expandFlags(s.get("flag"), blocks));
            } else if (form.has("flag")) {
                step.set("flag", Json.MAPPER.createArrayNode());
            }
            if (s.has("trin")) {
                step.set("trin", expandForms(s.get("trin"), blocks));
            } else if (form.has("trin")) {
                step.set("trin", Json.MAPPER.createArrayNode());
            }
            out.add(step);
        }
        return out;
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        if (from.hasNonNull(field)) {
            to.set(field, from.get(field));
        }
    }

    private static ArrayNode expandFlags(JsonNode flags, Map<String, JsonNode> blocks) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (JsonNode f : flags) {
            ObjectNode flag = ((ObjectNode) f).deepCopy();
            if (f.hasNonNull("hjemmel")) {
                flag.set("hjemmel", blocks.get(f.get("hjemmel").asText()));
            }
            out.add(flag);
        }
        return out;
    }

    /** Format 2: the step as stored, its paragraph and parameter keys replaced by the blocks. */
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
                step.set("flag", expandFlags(s.get("flag"), blocks));
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
