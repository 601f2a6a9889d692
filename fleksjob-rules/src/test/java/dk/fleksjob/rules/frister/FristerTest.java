package dk.fleksjob.rules.frister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Flag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FristerTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static FristerResult run(String birth, String start, boolean first) {
        return Frister.calculate(FristerRequest.of(d(birth), d(start), first));
    }

    // LAB § 120, stk. 2: "fyldt 40 år". Born 1985-03-10 is 40 on 2025-03-10.
    @Test
    void notFirstFleksjobTheDayBeforeFortyIsNotPermanent() {
        FristerResult r = run("1985-03-10", "2025-03-09", false);
        assertThat(r.permanentMulig()).isFalse();
        // the next grant begins 5 years later, 2030-03-09, when the person is 44
        assertThat(r.permanentMuligFra()).isEqualTo(d("2030-03-09"));
    }

    @Test
    void notFirstFleksjobOnTheFortiethBirthdayIsPermanentPossible() {
        FristerResult r = run("1985-03-10", "2025-03-10", false);
        assertThat(r.permanentMulig()).isTrue();
        assertThat(r.permanentMuligFra()).isEqualTo(d("2025-03-10"));
    }

    @Test
    void youngFirstFleksjobWaitsForTheFirstGrantAfterForty() {
        // born 2000-01-01, first fleksjob 2025-01-01: grants begin 2030, 2035, 2040 (age 40 on 2040-01-01)
        FristerResult r = run("2000-01-01", "2025-01-01", true);
        assertThat(r.permanentMulig()).isFalse();
        assertThat(r.permanentMuligFra()).isEqualTo(d("2040-01-01"));
        // and the day before 40 at a boundary: born 2000-01-02 → 2040-01-01 is one day short → 2045-01-01
        assertThat(run("2000-01-02", "2025-01-01", true).permanentMuligFra()).isEqualTo(d("2045-01-01"));
    }

    // LAB § 121, stk. 1: 2½ years (30 months) after the start, then 2½ years from the latest follow-up.
    @Test
    void followUpsFromA29FebruaryStart() {
        FristerResult r = run("1980-05-05", "2024-02-29", true);
        // 29/2/2024 + 30 md. = 29/8/2026; + 30 md. = 28/2/2029 (no 29 Feb in 2029); + 30 md. = 28/8/2031
        assertThat(r.opfoelgninger()).startsWith(d("2026-08-29"), d("2029-02-28"), d("2031-08-28"));
        // 4½ years = 54 months: 29/8/2028; 5 years: no 29/2/2029, so the grant covers up to and including 28/2/2029
        assertThat(r.status4HalvtAar()).isEqualTo(d("2028-08-29"));
        assertThat(r.bevillingUdloeber()).isEqualTo(d("2029-02-28"));
    }

    @Test
    void followUpsFromTheDayBeforeA29February() {
        FristerResult r = run("1980-05-05", "2024-02-28", true);
        assertThat(r.opfoelgninger()).startsWith(d("2026-08-28"), d("2029-02-28"));
        assertThat(r.bevillingUdloeber()).isEqualTo(d("2029-02-27"));
    }

    @Test
    void followUpsStopBeforeFolkepension() {
        // born 1960-01-01: folkepension 67 on 2027-01-01
        FristerResult r = run("1960-01-01", "2024-01-01", true);
        assertThat(r.opfoelgninger()).containsExactly(d("2026-07-01"));
        assertThat(r.bevillingUdloeber()).isEqualTo(d("2026-12-31"));
        assertThat(r.status4HalvtAar()).isNull();
    }

    // LAB § 119, stk. 1: "mere end 6 år til folkepensionsalderen".
    @Test
    void fastholdelseExceptionFromSixYearsBeforeFolkepension() {
        FristerResult r = Frister.calculate(FristerRequest.of(d("1968-03-03"), null, null));
        // folkepension 69 on 2037-03-03; exactly 6 years left on 2031-03-03
        assertThat(r.fastholdelseKravGaelderTil()).isEqualTo(d("2031-03-02"));
        assertThat(r.fastholdelseUndtagelseFra()).isEqualTo(d("2031-03-03"));
        assertThat(r.bevillingUdloeber()).isNull();
    }

    // LAS § 74 c and § 77 a.
    @Test
    void ledighedsydelseReassessmentAndQuarantine() {
        FristerResult r = Frister.calculate(new FristerRequest(d("1975-05-05"), d("2024-01-15"), null, null, null,
            null, d("2025-03-03"), null, Map.of()));
        assertThat(r.fleksydelseTilmeldingFra()).isEqualTo(d("2024-02-01"));
        assertThat(r.ledighedsydelseRevurdering()).isEqualTo(d("2025-01-15"));
        assertThat(r.ledighedsydelseRevurderingSenest()).isEqualTo(d("2025-07-15"));
        assertThat(r.karantaeneFra()).isEqualTo(d("2025-03-03"));
        assertThat(r.karantaeneTil()).isEqualTo(d("2025-03-23"));   // 3 weeks = 21 days incl. the first
        assertThat(r.andetAfslagMisterRetTil()).isEqualTo(d("2026-03-02"));
        assertThat(r.retMistet()).isFalse();
    }

    @Test
    void secondRefusalOnTheLastDayOfTwelveMonthsLosesTheRightButNotTheDayAfter() {
        FristerRequest within = new FristerRequest(d("1975-05-05"), null, null, null, null, null, d("2026-03-02"),
            d("2025-03-03"), Map.of());
        assertThat(Frister.calculate(within).retMistet()).isTrue();
        FristerRequest after = new FristerRequest(d("1975-05-05"), null, null, null, null, null, d("2026-03-03"),
            d("2025-03-03"), Map.of());
        FristerResult r = Frister.calculate(after);
        assertThat(r.retMistet()).isFalse();
        assertThat(r.karantaeneTil()).isEqualTo(d("2026-03-23"));
    }

    @Test
    void startBeforeTwelveMonthsOfLedighedsydelseDoesNotTriggerTheReassessment() {
        FristerResult r = Frister.calculate(new FristerRequest(d("1975-05-05"), d("2024-01-15"), d("2025-01-15"),
            true, null, null, null, null, Map.of()));
        assertThat(r.ledighedsydelseRevurdering()).isNull();
    }

    @Test
    void permanentGrantRunsToFolkepensionWithoutStatus() {
        FristerResult r = Frister.calculate(new FristerRequest(d("1975-05-05"), null, d("2025-06-01"), false, true,
            null, null, null, Map.of()));
        assertThat(r.midlertidig()).isFalse();
        assertThat(r.bevillingUdloeber()).isEqualTo(d("2045-05-04"));   // born 1975: 70 on 2045-05-05
        assertThat(r.status4HalvtAar()).isNull();
    }

    @Test
    void whatIfAShorterGrantPeriod() {
        FristerResult r = Frister.calculate(new FristerRequest(d("1975-05-05"), null, d("2025-06-01"), true, null,
            null, null, null, Map.of("frister.bevillingsperiode", new BigDecimal("36"))));
        assertThat(r.bevillingUdloeber()).isEqualTo(d("2028-05-31"));
    }

    @Test
    void datesAfterTheKnownPeriodAreFlagged() {
        FristerResult r = run("1990-01-01", "2027-02-01", true);
        assertThat(r.forklaring().allFlags()).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(Flag.Type.UAFKLARET);
            assertThat(f.tekst()).contains("31. december 2026");
        });
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> run("1990-01-01", "2012-12-31", true))
            .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
            .isEqualTo("startdato");
        assertThatThrownBy(() -> Frister.calculate(FristerRequest.of(d("1990-01-01"), d("2025-01-01"), null)))
            .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
            .isEqualTo("foersteFleksjob");
        assertThatThrownBy(() -> Frister.calculate(new FristerRequest(d("1990-01-01"), null, d("2025-01-01"), true,
            true, null, null, null, Map.of())))
            .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field())
            .isEqualTo("permanentBevilget");
        assertThatThrownBy(() -> run("1950-01-01", "2016-01-01", true))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("folkepensionsalder");
    }
}
