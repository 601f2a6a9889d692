package dk.fleksjob.cli;

import static dk.fleksjob.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.cli.CliRun.Run;
import org.junit.jupiter.api.Test;

class FristerOgVisitationCliTest {



    @Test
    void fristerJsonHasTheFields() {
        Run r = run("beregn", "frister", "--foedselsdato", "1984-06-15", "--startdato", "2025-09-01",
            "--foerste-fleksjob", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"permanentMulig\" : false", "\"bevillingUdloeber\" : \"2030-08-31\"",
            "\"status4HalvtAar\" : \"2030-03-01\"", "\"opfoelgninger\"", "\"folkepensionsdato\" : \"2054-06-15\"",
            "\"fleksydelsesdato\" : \"2051-06-15\"");
    }

    @Test
    void fristerTextShowsDanishDates() {
        Run r = run("beregn", "frister", "--foedselsdato", "1984-06-15", "--startdato", "2025-09-01",
            "--foerste-fleksjob=false");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("31. august 2030").contains("Permanent fleksjob muligt: ja");
    }

    @Test
    void badDateExitsTwo() {
        Run r = run("beregn", "frister", "--foedselsdato", "15-06-1984");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--foedselsdato");
    }

    @Test
    void missingFirstFleksjobExitsTwoNamingTheOption() {
        Run r = run("beregn", "frister", "--foedselsdato", "1984-06-15", "--startdato", "2025-09-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--foerste-fleksjob");
    }

    @Test
    void startBefore2013ExitsTwo() {
        Run r = run("beregn", "frister", "--foedselsdato", "1984-06-15", "--startdato", "2012-05-01",
            "--foerste-fleksjob");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--startdato");
    }

    @Test
    void visitationAnswersJaForAnkestyrelsenCaseA() {
        Run r = run("beregn", "visitation", "--foedselsdato", "1980-04-01", "--vurderingsdato", "2025-06-01",
            "--modtager-foertidspension=false", "--modtager-seniorpension=false", "--udnyttet-tidlig-pension=false",
            "--varige-og-vaesentlige-begraensninger", "--kan-arbejde-paa-normale-vilkaar=false",
            "--effektive-timer-pr-uge", "2", "--meget-begraenset-arbejdsevne", "--udvikling-kan-ikke-udelukkes",
            "--tilbud-afproevet", "--ressourcer-afklaret", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"svar\" : \"JA\"");
    }

    @Test
    void visitationBadNumberExitsTwo() {
        Run r = run("beregn", "visitation", "--foedselsdato", "1980-04-01", "--maaneder-under-sociale-kapitler", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--maaneder-under-sociale-kapitler");
    }
}
