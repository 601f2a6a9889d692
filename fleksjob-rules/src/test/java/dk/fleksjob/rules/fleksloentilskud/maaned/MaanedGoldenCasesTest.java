package dk.fleksjob.rules.fleksloentilskud.maaned;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.rules.explain.Flag;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Golden cases for the real month, one YAML file per source under {@code cases/fleksloentilskud-maaned}: each case
 * names its source and rule, gives a month file (as YAML, read by the same reader as the CLI) and the amounts
 * expected. The arithmetic is in the comments of each file.
 */
class MaanedGoldenCasesTest {

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(MaanedGoldenCasesTest.class.getResource("/cases/fleksloentilskud-maaned").toURI());
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Map<String, Object> doc;
                try (InputStream in = Files.newInputStream(file)) {
                    doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                }
                assertThat(doc.get("source")).as(file + " source").isNotNull();
                for (Object c : (List<?>) doc.get("cases")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) c;
                    out.add(Arguments.of(Named.of(file.getFileName() + ": " + m.get("name"), m)));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void golden(Map<String, Object> c) throws Exception {
        String yaml = new Yaml().dump(c.get("input"));
        MaanedResultat r = Maanedsberegning.calculate(MaanedFil.read(yaml));
        @SuppressWarnings("unchecked")
        Map<String, Object> expected = (Map<String, Object>) c.get("expected");
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            BigDecimal actual = (BigDecimal) component(e.getKey()).getAccessor().invoke(r);
            assertThat(actual).as(e.getKey()).isNotNull();
            assertThat(actual).as(e.getKey()).isEqualByComparingTo(new BigDecimal(e.getValue().toString()));
        }
        if (Boolean.TRUE.equals(c.get("flagSkalAfklares"))) {
            assertThat(r.forklaring().allFlags()).anyMatch(f -> f.type() == Flag.Type.SKAL_AFKLARES);
        }
    }

    private static RecordComponent component(String name) {
        for (RecordComponent rc : MaanedResultat.class.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                return rc;
            }
        }
        throw new AssertionError("ukendt resultatfelt " + name);
    }
}
