package dk.fleksjob.cli;

import static dk.fleksjob.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.cli.CliRun.Run;
import org.junit.jupiter.api.Test;

/** Thin CLI tests for beregn ledighedsydelse / selvstaendig / gammel-ordning and sammenlign. */
class LedighedsydelseCliTest {



    @Test
    void ledighedsydelseJson() {
        Run r = run("beregn", "ledighedsydelse", "--maaned", "2020-03", "--kategori", "forsoerger", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"ledighedsydelse\" : 15355.00");
    }

    @Test
    void selvstaendigJson() {
        Run r = run("beregn", "selvstaendig", "--aar", "2026", "--overskud", "0", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"tilskudAar\" : 169920.00");
    }

    @Test
    void gammelOrdningJson() {
        Run r = run("beregn", "gammel-ordning", "--aar", "2013", "--brok", "2/3", "--loen", "500000", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"tilskud\" : 316040.00");
    }

    @Test
    void sammenlignShowsBothSchemesAndTheAssumption() {
        Run r = run("sammenlign", "--maaned", "2024-05", "--timeloen", "200", "--timer", "18");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Gammel ordning").contains("Ny ordning").contains("antager 2/3");
    }

    @Test
    void badInputExitsWithTwoAndNamesTheOption() {
        Run kategori = run("beregn", "ledighedsydelse", "--maaned", "2024-05", "--kategori", "77");
        assertThat(kategori.code()).isEqualTo(2);
        assertThat(kategori.err()).contains("--kategori");
        Run loen = run("beregn", "ledighedsydelse", "--maaned", "2024-05", "--kategori", "89", "--loen", "-1");
        assertThat(loen.code()).isEqualTo(2);
        assertThat(loen.err()).contains("--loen");
        Run aar = run("beregn", "selvstaendig", "--aar", "2012", "--overskud", "0");
        assertThat(aar.code()).isEqualTo(2);
        assertThat(aar.err()).contains("--aar");
        Run brok = run("beregn", "gammel-ordning", "--aar", "2024", "--brok", "3/4", "--loen", "1");
        assertThat(brok.code()).isEqualTo(2);
        assertThat(brok.err()).contains("--brok");
        Run timer = run("sammenlign", "--maaned", "2024-05", "--timeloen", "200");
        assertThat(timer.code()).isEqualTo(2);
        assertThat(timer.err()).contains("--timer");
    }
}
