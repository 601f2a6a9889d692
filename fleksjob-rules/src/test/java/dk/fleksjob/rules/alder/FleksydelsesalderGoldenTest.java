package dk.fleksjob.rules.alder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** EX-FY-07: all 10 rows of the fleksydelsesalder table in Vejledning om fleksydelse 9549/2020. */
class FleksydelsesalderGoldenTest {

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = FleksydelsesalderGoldenTest.class.getResourceAsStream(
            "/cases/alder/vej-9549-2020-fleksydelsesalder.yaml")) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Map<String, Object>> cases = (List<Map<String, Object>>) doc.get("cases");
            assertThat(cases).hasSize(10);
            return cases.stream().flatMap(c -> ((List<Object>) c.get("born")).stream().map(born -> Arguments.of(
                c.get("name"), date(born),
                (Map<String, Object>) c.get("expected"))));
        }
    }

    private static LocalDate date(Object raw) {
        return raw instanceof java.util.Date d ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
            : LocalDate.parse(raw.toString());
    }

    @ParameterizedTest(name = "{0}: født {1}")
    @MethodSource("cases")
    void fleksydelsesalderAsPrinted(String name, LocalDate born, Map<String, Object> expected) {
        Aldersgraense a = Fleksydelsesalder.forBirthDate(born);
        assertThat(a.aar()).isEqualTo(expected.get("years"));
        assertThat(a.maaneder()).isEqualTo(expected.get("months"));
        assertThat(a.dato()).isEqualTo(born.plusMonths(a.alderIMaaneder()));
    }
}
