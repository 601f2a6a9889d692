package dk.fleksjob.cli;

import static dk.fleksjob.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.fleksjob.cli.CliRun.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thin CLI tests: exit codes, a JSON field, one Danish error line naming the option. */
class FleksjobCliTest {



    @Test
    void starExampleAsJson() throws Exception {
        // EX-FLT-01: 15.600 / 32.067 / 4.680 / 15.272 / 30.872
        Run r = run("beregn", "fleksloentilskud", "--maaned", "2024-05", "--timeloen", "200", "--timer", "18", "--json");
        assertThat(r.code()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("maanedsloen").decimalValue()).isEqualByComparingTo("15600");
        assertThat(j.get("fuldtidsloen").decimalValue()).isEqualByComparingTo("32067");
        assertThat(j.get("fradrag30").decimalValue()).isEqualByComparingTo("4680");
        assertThat(j.get("fleksloentilskud").decimalValue()).isEqualByComparingTo("15272");
        assertThat(j.get("samletIndkomst").decimalValue()).isEqualByComparingTo("30872");
        assertThat(j.get("atpBidrag").decimalValue()).isEqualByComparingTo("500");
        assertThat(r.out()).contains("\"fleksloentilskud\" : 15272.00");
        for (String field : new String[] {"maksimaltTilskud", "fradrag55", "loenloftFradrag", "forklaring"}) {
            assertThat(j.has(field)).as(field).isTrue();
        }
        assertThat(j.get("forklaring").get("trin").size()).isGreaterThan(5);
    }

    @Test
    void textOutputShowsTheExplanationIndentedWithTheLaw() {
        Run r = run("beregn", "fleksloentilskud", "--maaned", "2024-05", "--timeloen", "200", "--timer", "18");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("  • ").contains("LAB § 123, stk. 2").contains("15.272,00 kr.");
    }

    @Test
    void whatIfOverrideChangesTheResult() throws Exception {
        Run r = run("beregn", "fleksloentilskud", "--maaned", "2024-05", "--timeloen", "200", "--timer", "18",
            "--parameter", "fleksloentilskud.knaek=10000", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("fleksloentilskud").decimalValue()).isEqualByComparingTo("13872");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "--timer=-5 | --timer",
        "--intensitet=1.5 | --intensitet",
        "--maaned=2027-01 | --maaned",
        "--maaned=2024-13 | --maaned",
        "--timeloen=abc | --timeloen",
        "--parameter=fleksloentilskud.knak=1 | --parameter",
        "--timer=40 | --timer",
    })
    void badInputExitsWith2AndOneDanishLineNamingTheField(String bad, String field) {
        String[] base = {"beregn", "fleksloentilskud", "--maaned=2024-05", "--timeloen=200", "--timer=18"};
        String name = bad.substring(0, bad.indexOf('='));
        java.util.List<String> args = new java.util.ArrayList<>();
        for (String a : base) {
            if (!a.startsWith(name + "=")) {
                args.add(a);
            }
        }
        args.add(bad);
        Run r = run(args.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("fleksjob: ").contains(field).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingMonthIsNamed() {
        Run r = run("beregn", "fleksloentilskud", "--timeloen", "200", "--timer", "18");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("mangler").contains("--maaned");
    }

    @Test
    void parametreListsEveryParameterWithProvenanceOnADate() throws Exception {
        Run r = run("parametre", "--dato", "2024-05-01", "--json");
        assertThat(r.code()).isZero();
        JsonNode rows = r.json();
        assertThat(rows.size()).isGreaterThanOrEqualTo(8);
        JsonNode knaek = null;
        for (JsonNode row : rows) {
            if (row.get("id").asText().equals("fleksloentilskud.knaek")) {
                knaek = row;
            }
        }
        assertThat(knaek).isNotNull();
        assertThat(knaek.get("vaerdi").decimalValue()).isEqualByComparingTo("16323");
        assertThat(knaek.get("proveniens").asText()).isEqualTo("offentliggjort");
        assertThat(knaek.get("kildeUrl").asText()).startsWith("https://");
    }

    @Test
    void parametreTextShowsProvenance() {
        Run r = run("parametre", "--dato", "2015-06-01");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("fleksloentilskud.knaek").contains("beregnet").contains("13.648");
    }

    @Test
    void simulationPrintsTotals() {
        Run r = run("simuler", "--personer", "200", "--aar", "2024", "--seed", "7");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("200 personer × 12 måneder").contains("Fleksløntilskud i alt");
    }
}
