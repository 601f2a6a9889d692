package dk.fleksjob.rules.fleksloentilskud.maaned;

import dk.fleksjob.rules.InvalidInputException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the input files (a month, a statement) with SnakeYAML — JSON is YAML — without Jackson, which the rules module
 * may not use. The file is read as a node tree, not converted to Java numbers, so amounts are parsed exactly as
 * written (never through a double) and every error names the field path (e.g. {@code indtaegter[3].beloeb}) and the
 * line in the file.
 */
public final class JsonFil {

    private JsonFil() {
    }

    /** Parses the text and returns its top-level object. */
    public static Obj parse(String text) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new InvalidInputException("fil", "filen er ikke gyldig JSON (linje " + (e.getProblemMark().getLine() + 1)
                + "): " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidInputException("fil", "filen er ikke gyldig JSON: " + e.getMessage());
        }
        if (!(root instanceof MappingNode m)) {
            throw new InvalidInputException("fil", "filen skal indeholde ét JSON-objekt { … }");
        }
        return new Obj(m, "");
    }

    /** One JSON object with its path. */
    public static final class Obj {
        private final String path;
        private final int line;
        private final Map<String, Node> fields = new LinkedHashMap<>();

        Obj(MappingNode node, String path) {
            this.path = path;
            this.line = node.getStartMark().getLine() + 1;
            for (NodeTuple t : node.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    fields.put(k.getValue(), t.getValueNode());
                }
            }
        }

        public String path() {
            return path;
        }

        /** The line in the file where the object starts. */
        public int line() {
            return line;
        }

        private String field(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        private InvalidInputException error(String key, Node node, String message) {
            int at = node == null ? line : node.getStartMark().getLine() + 1;
            return new InvalidInputException(field(key), message + " (linje " + at + " i filen)");
        }

        /** Refuses fields other than the allowed ones, so a typo is not silently ignored. */
        public void only(Set<String> allowed) {
            for (Map.Entry<String, Node> e : fields.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    throw error(e.getKey(), e.getValue(), "ukendt felt; tilladte felter: " + String.join(", ", allowed));
                }
            }
        }

        private Node value(String key) {
            Node n = fields.get(key);
            if (n instanceof ScalarNode s && s.getTag().getValue().endsWith(":null")) {
                return null;
            }
            return n;
        }

        public boolean has(String key) {
            return value(key) != null;
        }

        public String text(String key) {
            Node n = value(key);
            if (n == null) {
                return null;
            }
            if (!(n instanceof ScalarNode s)) {
                throw error(key, n, "forventer en tekst");
            }
            return s.getValue();
        }

        public BigDecimal amount(String key) {
            String t = text(key);
            if (t == null) {
                return null;
            }
            String v = t.trim();
            if (v.indexOf(',') >= 0 && v.indexOf('.') < 0) {
                v = v.replace(',', '.');
            }
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw error(key, fields.get(key), "forventer et tal, fik '" + t + "'");
            }
        }

        public YearMonth month(String key) {
            String t = text(key);
            if (t == null) {
                return null;
            }
            try {
                return YearMonth.parse(t.trim());
            } catch (DateTimeParseException e) {
                throw error(key, fields.get(key), "forventer en måned ÅÅÅÅ-MM, fik '" + t + "'");
            }
        }

        public Obj obj(String key) {
            Node n = value(key);
            if (n == null) {
                return null;
            }
            if (!(n instanceof MappingNode m)) {
                throw error(key, n, "forventer et objekt { … }");
            }
            return new Obj(m, field(key));
        }

        /** A list of objects; elements are numbered from 1 in paths ({@code indtaegter[1]}). */
        public List<Obj> list(String key) {
            Node n = value(key);
            if (n == null) {
                return List.of();
            }
            if (!(n instanceof SequenceNode seq)) {
                throw error(key, n, "forventer en liste [ … ]");
            }
            List<Obj> out = new ArrayList<>();
            int i = 0;
            for (Node item : seq.getValue()) {
                i++;
                if (!(item instanceof MappingNode m)) {
                    throw new InvalidInputException(field(key) + "[" + i + "]", "forventer et objekt { … } (linje "
                        + (item.getStartMark().getLine() + 1) + " i filen)");
                }
                out.add(new Obj(m, field(key) + "[" + i + "]"));
            }
            return out;
        }

        /** An object of id → number, for what-if parameters. */
        public Map<String, BigDecimal> numbers(String key) {
            Obj o = obj(key);
            if (o == null) {
                return Map.of();
            }
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            for (String k : o.fields.keySet()) {
                out.put(k, o.amount(k));
            }
            return out;
        }

        public InvalidInputException fail(String key, String message) {
            return error(key, fields.get(key), message);
        }
    }
}
