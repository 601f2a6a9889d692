package dk.fleksjob.rules.parameter;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * All legal parameters, loaded from {@code parameters/<scheme>/<id>.yaml} on the classpath.
 *
 * <p>The loader refuses a file whose values lack a date, unit, provenance or source, whose values are not in date
 * order, whose value unit differs from the parameter unit, or whose derived values do not name their derivation.
 */
public final class ParameterCatalog {

    private static final String ROOT = "parameters";
    private static final String ANCHOR = "faelles/fuldtid_timer_pr_uge.yaml";
    private static volatile ParameterCatalog standard;

    private final Map<String, Parameter> parameters;
    private final String digest;

    private ParameterCatalog(Map<String, Parameter> parameters, String digest) {
        this.parameters = Collections.unmodifiableMap(parameters);
        this.digest = digest;
    }

    /** The catalogue shipped with the rules library (loaded once). */
    public static ParameterCatalog standard() {
        ParameterCatalog c = standard;
        if (c == null) {
            synchronized (ParameterCatalog.class) {
                c = standard;
                if (c == null) {
                    c = loadFromClasspath();
                    standard = c;
                }
            }
        }
        return c;
    }

    public Parameter get(String id) {
        Parameter p = parameters.get(id);
        if (p == null) {
            throw new UnknownParameterException(id);
        }
        return p;
    }

    public boolean contains(String id) {
        return parameters.containsKey(id);
    }

    public Collection<Parameter> all() {
        return parameters.values();
    }

    /** SHA-256 (first 12 hex digits) over all parameter files: part of the rules version. */
    public String digest() {
        return digest;
    }

    static ParameterCatalog loadFromClasspath() {
        try {
            // Found through a file every catalogue has: a directory entry may be missing in a repackaged jar.
            URL url = ParameterCatalog.class.getClassLoader().getResource(ROOT + "/" + ANCHOR);
            if (url == null) {
                throw new IllegalStateException("ingen parametre på classpath (" + ROOT + "/" + ANCHOR + ")");
            }
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return load(fs.getPath(ROOT));
            }
            return load(Path.of(uri).getParent().getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("kan ikke læse parametrene: " + e.getMessage(), e);
        }
    }

    /** Loads every *.yaml under the directory. */
    public static ParameterCatalog load(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted(Comparator.comparing(Path::toString)).toList();
        }
        Map<String, Parameter> byId = new TreeMap<>();
        MessageDigest sha = sha256();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            sha.update(bytes);
            Parameter p = parse(new String(bytes, StandardCharsets.UTF_8), file.toString());
            String expectedId = root.relativize(file).toString().replace(".yaml", "").replace('/', '.')
                .replace('\\', '.');
            if (!p.id().equals(expectedId)) {
                throw new IllegalStateException(file + ": id '" + p.id() + "' skal svare til filnavnet '" + expectedId + "'");
            }
            if (byId.put(p.id(), p) != null) {
                throw new IllegalStateException("parameter " + p.id() + " findes to gange");
            }
        }
        return new ParameterCatalog(byId, HexFormat.of().formatHex(sha.digest()).substring(0, 12));
    }

    /** Parses one parameter file. */
    @SuppressWarnings("unchecked")
    public static Parameter parse(String yamlText, String where) {
        Map<String, Object> doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (RuntimeException e) {
            throw new IllegalStateException(where + ": ugyldig YAML: " + e.getMessage(), e);
        }
        if (doc == null) {
            throw new IllegalStateException(where + ": tom fil");
        }
        String id = text(doc, "id", where);
        String ctx = where + " (" + id + ")";
        Unit unit = unit(text(doc, "unit", ctx), ctx);
        Map<String, Object> legal = (Map<String, Object>) require(doc, "legal_basis", ctx);
        LocalDate coveredUntil = date(require(doc, "covered_until", ctx), ctx + " covered_until");
        List<Map<String, Object>> rawValues = (List<Map<String, Object>>) require(doc, "values", ctx);
        List<DatedValue> values = new ArrayList<>();
        for (int i = 0; i < rawValues.size(); i++) {
            values.add(value(rawValues.get(i), unit, ctx + " værdi nr. " + (i + 1)));
        }
        for (int i = 1; i < values.size(); i++) {
            if (!values.get(i).fra().isAfter(values.get(i - 1).fra())) {
                throw new IllegalStateException(ctx + ": værdierne skal stå i datoorden (" + values.get(i).fra() + ")");
            }
        }
        if (coveredUntil.isBefore(values.get(values.size() - 1).fra())) {
            throw new IllegalStateException(ctx + ": covered_until ligger før sidste værdi");
        }
        return new Parameter(id, text(doc, "name", ctx), text(doc, "description", ctx), unit,
            text(legal, "text", ctx + " legal_basis"), text(legal, "url", ctx + " legal_basis"), coveredUntil, values);
    }

    @SuppressWarnings("unchecked")
    private static DatedValue value(Map<String, Object> raw, Unit parameterUnit, String ctx) {
        LocalDate from = date(require(raw, "from", ctx), ctx + " from");
        Object v = require(raw, "value", ctx);
        BigDecimal value;
        try {
            value = new BigDecimal(v.toString());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(ctx + ": værdien '" + v + "' er ikke et tal");
        }
        Unit unit = unit(text(raw, "unit", ctx), ctx);
        if (unit != parameterUnit) {
            throw new IllegalStateException(ctx + ": enheden " + unit.code() + " passer ikke med parameterens "
                + parameterUnit.code());
        }
        Provenance provenance;
        try {
            provenance = Provenance.parse(text(raw, "provenance", ctx));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(ctx + ": " + e.getMessage());
        }
        Map<String, Object> src = (Map<String, Object>) require(raw, "source", ctx);
        Source source = new Source(text(src, "title", ctx + " source"), text(src, "url", ctx + " source"));
        String derivation = (String) raw.get("derivation");
        if (provenance == Provenance.DERIVED && (derivation == null || derivation.isBlank())) {
            throw new IllegalStateException(ctx + ": en beregnet (derived) værdi skal angive sin afledning (derivation)");
        }
        return new DatedValue(from, value, unit, provenance, source, derivation, (String) raw.get("note"));
    }

    private static Unit unit(String code, String ctx) {
        try {
            return Unit.parse(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(ctx + ": " + e.getMessage());
        }
    }

    private static Object require(Map<String, Object> map, String key, String ctx) {
        Object v = map.get(key);
        if (v == null) {
            throw new IllegalStateException(ctx + ": mangler '" + key + "'");
        }
        return v;
    }

    private static String text(Map<String, Object> map, String key, String ctx) {
        String s = require(map, key, ctx).toString();
        if (s.isBlank()) {
            throw new IllegalStateException(ctx + ": '" + key + "' er tom");
        }
        return s;
    }

    private static LocalDate date(Object raw, String ctx) {
        if (raw instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(raw.toString());
        } catch (RuntimeException e) {
            throw new IllegalStateException(ctx + ": '" + raw + "' er ikke en dato (ÅÅÅÅ-MM-DD)");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids grouped by scheme (the first part of the id), for listings. */
    public Map<String, List<Parameter>> byScheme() {
        Map<String, List<Parameter>> out = new LinkedHashMap<>();
        for (Parameter p : parameters.values()) {
            out.computeIfAbsent(p.id().substring(0, p.id().indexOf('.')), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    Set<String> ids() {
        return parameters.keySet();
    }
}
