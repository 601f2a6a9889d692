package dk.fleksjob.rules.frister;

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

/** Golden cases for the deadlines: EX-DUR-01 (DUKH) and its counterpart. */
class FristerGoldenTest {

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = FristerGoldenTest.class.getResourceAsStream(
            "/cases/frister/dukh-midlertidigt-eller-permanent.yaml")) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return ((List<Map<String, Object>>) doc.get("cases")).stream().map(c -> Arguments.of(c.get("name"),
                c.get("input"), c.get("expected")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void deadlinesAsTheSourceSays(String name, Map<String, Object> in, Map<String, Object> exp) {
        FristerResult r = Frister.calculate(new FristerRequest(date(in.get("foedselsdato")),
            date(in.get("visitationsdato")), date(in.get("startdato")), (Boolean) in.get("foersteFleksjob"), null,
            null, null, null, Map.of()));
        assertThat(r.midlertidig()).isEqualTo(exp.get("midlertidig"));
        assertThat(r.permanentMulig()).isEqualTo(exp.get("permanentMulig"));
        assertThat(r.bevillingUdloeber()).isEqualTo(date(exp.get("bevillingUdloeber")));
        assertThat(r.status4HalvtAar()).isEqualTo(date(exp.get("status4HalvtAar")));
        assertThat(r.permanentMuligFra()).isEqualTo(date(exp.get("permanentMuligFra")));
        List<?> follow = (List<?>) exp.get("firstFollowUps");
        assertThat(r.opfoelgninger().subList(0, follow.size()))
            .containsExactlyElementsOf(follow.stream().map(FristerGoldenTest::date).toList());
        assertThat(r.folkepensionsdato()).isEqualTo(date(exp.get("folkepensionsdato")));
        assertThat(r.fleksydelsesdato()).isEqualTo(date(exp.get("fleksydelsesdato")));
        assertThat(r.forklaring().find("permanentMulig").tekst()).isNotBlank();
    }

    static LocalDate date(Object raw) {
        if (raw == null) {
            return null;
        }
        return raw instanceof java.util.Date d ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
            : LocalDate.parse(raw.toString());
    }
}
