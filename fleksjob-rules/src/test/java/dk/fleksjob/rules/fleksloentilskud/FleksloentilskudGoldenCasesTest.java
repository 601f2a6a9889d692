package dk.fleksjob.rules.fleksloentilskud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The worked examples of official and semi-official sources (shared/domain/examples.md), one YAML file per source
 * under src/test/resources/cases/fleksloentilskud/. A case either states expected amounts, or compares two inputs
 * and states the expected difference (the marginal examples).
 */
class FleksloentilskudGoldenCasesTest {

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(FleksloentilskudGoldenCasesTest.class.getResource("/cases/fleksloentilskud").toURI());
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Map<String, Object> doc = new Yaml().load(in);
                    for (Map<String, Object> c : (List<Map<String, Object>>) doc.get("cases")) {
                        c.put("source", doc.get("source") + " <" + doc.get("url") + ">");
                        out.add(Arguments.of(Named.of((String) c.get("name"), c)));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void reproducesTheSource(Map<String, Object> c) {
        Map<String, Object> input = (Map<String, Object>) c.get("input");
        FleksloentilskudResult result = Fleksloentilskud.calculate(request(input));
        if (c.containsKey("expected")) {
            ((Map<String, Object>) c.get("expected")).forEach((field, expected) ->
                assertThat(field(result, field)).as(field + " — " + c.get("source"))
                    .isEqualByComparingTo(number(expected)));
        }
        if (c.containsKey("compareWith")) {
            Map<String, Object> other = new HashMap<>(input);
            other.putAll((Map<String, Object>) c.get("compareWith"));
            FleksloentilskudResult second = Fleksloentilskud.calculate(request(other));
            ((Map<String, Object>) c.get("expectedDifference")).forEach((field, expected) ->
                assertThat(field(second, field).subtract(field(result, field))).as(field + " — " + c.get("source"))
                    .isEqualByComparingTo(number(expected)));
        }
    }

    static FleksloentilskudRequest request(Map<String, Object> in) {
        return new FleksloentilskudRequest(YearMonth.parse(in.get("maaned").toString()), opt(in, "timeloen"),
            opt(in, "timer"), opt(in, "intensitet"), opt(in, "maanedsloen"), opt(in, "andenLoen"),
            opt(in, "fuldtidsloen"), Map.of());
    }

    private static BigDecimal opt(Map<String, Object> in, String key) {
        return in.containsKey(key) ? number(in.get(key)) : null;
    }

    private static BigDecimal number(Object o) {
        return new BigDecimal(o.toString());
    }

    static BigDecimal field(FleksloentilskudResult r, String name) {
        for (RecordComponent rc : FleksloentilskudResult.class.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                try {
                    return (BigDecimal) rc.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("intet felt " + name);
    }
}
