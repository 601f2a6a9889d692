package dk.fleksjob.rules.fleksydelse;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.rules.explain.Step;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Golden cases from {@code cases/fleksydelse/*.yaml}: official worked examples (EX-FY-01, EX-FY-02, EX-FY-05) and
 * the published yearly amounts. Every expected amount is compared exactly (to the øre).
 */
class FleksydelseGoldenTest {

    private static final List<String> FILES = List.of("borger-dk-fradrag-arbejde.yaml",
        "borger-dk-fradrag-pensioner-2023.yaml", "bm-satser-fleksydelse.yaml");

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = FleksydelseGoldenTest.class.getResourceAsStream("/cases/fleksydelse/" + file)) {
                Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                for (Map<String, Object> c : (List<Map<String, Object>>) doc.get("cases")) {
                    all.add(Arguments.of(c.get("name"), c.get("input"), c.get("expected"),
                        c.getOrDefault("steps", Map.of())));
                }
            }
        }
        assertThat(all).hasSize(11);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void amountsAsPrinted(String name, Map<String, Object> input, Map<String, Object> expected,
                          Map<String, Object> steps) throws Exception {
        FleksydelseResult r = Fleksydelse.calculate(request(input));
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            assertThat(field(r, e.getKey())).as(e.getKey()).isEqualByComparingTo(number(e.getValue()));
        }
        for (Map.Entry<String, Object> e : steps.entrySet()) {
            Step step = find(r.forklaring().trin(), e.getKey());
            assertThat(step).as("forklaringstrin " + e.getKey()).isNotNull();
            assertThat(step.beloeb()).as(e.getKey()).isEqualByComparingTo(number(e.getValue()));
        }
    }

    static FleksydelseRequest request(Map<String, Object> in) {
        return new FleksydelseRequest((Integer) in.get("aar"), date(in.get("foedselsdato")), date(in.get("overgang")),
            dec(in.get("livsvarigPension")), dec(in.get("kapitalpension")), dec(in.get("ratepension")),
            dec(in.get("andreDepoter")), dec(in.get("loebendeArbejdsgiverpension")), dec(in.get("indtaegt")),
            (Integer) in.get("indtaegtMaaneder"), dec(in.get("timer")), dec(in.get("timeloen")),
            dec(in.get("tidligereArbejdsindtaegt")), Map.of());
    }

    private static BigDecimal field(FleksydelseResult r, String name) throws Exception {
        for (RecordComponent c : FleksydelseResult.class.getRecordComponents()) {
            if (c.getName().equals(name)) {
                Object v = c.getAccessor().invoke(r);
                return v instanceof Integer i ? BigDecimal.valueOf(i) : (BigDecimal) v;
            }
        }
        throw new IllegalArgumentException("intet felt " + name);
    }

    private static Step find(List<Step> steps, String id) {
        for (Step s : steps) {
            if (id.equals(s.id())) {
                return s;
            }
            Step inner = find(s.trin(), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static BigDecimal number(Object o) {
        return new BigDecimal(o.toString());
    }

    private static BigDecimal dec(Object o) {
        return o == null ? null : number(o);
    }

    private static LocalDate date(Object raw) {
        if (raw == null) {
            return null;
        }
        return raw instanceof java.util.Date d ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
            : LocalDate.parse(raw.toString());
    }
}
