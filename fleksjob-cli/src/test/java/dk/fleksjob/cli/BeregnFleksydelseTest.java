package dk.fleksjob.cli;

import static dk.fleksjob.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.fleksjob.cli.CliRun.Run;
import org.junit.jupiter.api.Test;

/** {@code fleksjob beregn fleksydelse}: exit codes, one JSON field, one Danish error line. */
class BeregnFleksydelseTest {



    @Test
    void jsonGivesTheHoursOfTheBorgerDkExample() throws Exception {
        Run r = run("beregn", "fleksydelse", "--aar", "2019", "--foedselsdato", "1955-03-01", "--timer", "20",
            "--timeloen", "200", "--json");
        assertThat(r.code()).isZero();
        JsonNode json = Printer.JSON.readTree(r.out());
        assertThat(json.get("fradragTimer").decimalValue()).isEqualByComparingTo("16.55");
        assertThat(json.get("fleksydelseAar").decimalValue()).isEqualByComparingTo("206076");
        assertThat(json.get("pensionsfradrag").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void pensionDeductionOfTheBorgerDkExample() throws Exception {
        Run r = run("beregn", "fleksydelse", "--aar", "2023", "--foedselsdato", "1955-12-31", "--livsvarig-pension",
            "120000", "--kapitalpension", "450000", "--ratepension", "300000", "--json");
        assertThat(r.code()).isZero();
        assertThat(Printer.JSON.readTree(r.out()).get("pensionsfradrag").decimalValue()).isEqualByComparingTo("69720");
    }

    @Test
    void textOutputExplainsInDanish() {
        Run r = run("beregn", "fleksydelse", "--aar", "2024", "--foedselsdato", "1960-01-01");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("244.140,00 kr.").contains("LFY § 17, stk. 1");
    }

    @Test
    void aYearOutsideTheRatesExitsWith2AndNamesTheOption() {
        Run r = run("beregn", "fleksydelse", "--aar", "2012", "--foedselsdato", "1955-03-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("fleksjob: fejl i --aar:").doesNotContain("Exception");
    }

    @Test
    void hoursWithoutAWageExitWith2AndNameTheTimeloenOption() {
        Run r = run("beregn", "fleksydelse", "--aar", "2024", "--foedselsdato", "1960-01-01", "--timer", "10");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--timeloen");
    }

    @Test
    void aMalformedDateOrNegativePensionExitsWith2() {
        assertThat(run("beregn", "fleksydelse", "--aar", "2024", "--foedselsdato", "1. januar 1960").code())
            .isEqualTo(2);
        Run negative = run("beregn", "fleksydelse", "--aar", "2024", "--foedselsdato", "1960-01-01",
            "--kapitalpension", "-5");
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err()).contains("--kapitalpension");
        assertThat(run("beregn", "fleksydelse", "--foedselsdato", "1960-01-01").code()).isEqualTo(2);
    }
}
