package dk.fleksjob.rules.ledighedsydelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Golden cases from {@code src/test/resources/cases/<scheme>/*.yaml}: each file names its source, each case its
 * input and the expected amounts, which are compared with the result record's components of the same name.
 */
public final class CaseFiles {

    private CaseFiles() {
    }

    /** One argument set per case: file name, case name, input map, expected map. */
    @SuppressWarnings("unchecked")
    public static Stream<Arguments> load(String scheme) throws IOException, URISyntaxException {
        Path dir = Path.of(CaseFiles.class.getClassLoader().getResource("cases/" + scheme).toURI());
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                    assertThat(doc.get("source")).as(file + " names its source").isNotNull();
                    for (Map<String, Object> c : (List<Map<String, Object>>) doc.get("cases")) {
                        out.add(Arguments.of(file.getFileName().toString(), c.get("name"),
                            c.get("input"), c.get("expected")));
                    }
                }
            }
        }
        return out.stream();
    }

    public static BigDecimal amount(Map<String, Object> input, String key) {
        Object v = input.get(key);
        return v == null ? null : new BigDecimal(v.toString());
    }

    public static Integer integer(Map<String, Object> input, String key) {
        Object v = input.get(key);
        return v == null ? null : Integer.valueOf(v.toString());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, BigDecimal> overrides(Map<String, Object> input) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        Object p = input.get("parametre");
        if (p != null) {
            ((Map<String, Object>) p).forEach((k, v) -> out.put(k, new BigDecimal(v.toString())));
        }
        return out;
    }

    /** Asserts each expected amount against the record component of the same name. */
    public static void assertAmounts(Record result, Map<String, Object> expected) throws ReflectiveOperationException {
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            RecordComponent component = null;
            for (RecordComponent rc : result.getClass().getRecordComponents()) {
                if (rc.getName().equals(e.getKey())) {
                    component = rc;
                }
            }
            assertThat(component).as("result has a field " + e.getKey()).isNotNull();
            Object actual = component.getAccessor().invoke(result);
            assertThat((BigDecimal) actual).as(e.getKey()).isEqualByComparingTo(new BigDecimal(e.getValue().toString()));
        }
    }
}
