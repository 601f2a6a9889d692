package dk.fleksjob.rules.fleksloentilskud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Boundary pairs: at a threshold and one krone over it; the month before and the month of a change. */
class FleksloentilskudBoundaryTest {

    private static FleksloentilskudResult month(String month, String wage, String loenloft) {
        return Fleksloentilskud.calculate(new FleksloentilskudRequest(YearMonth.parse(month), null, null, null,
            new BigDecimal(wage), null, new BigDecimal(loenloft), Map.of()));
    }

    @Test
    void wageAtTheKnaekIsReducedByThirtyPercentOnly() {
        // LAB § 123, stk. 2; knæk 2024 = 16.323: 0,30 × 16.323 = 4.896,90; 19.952 − 4.896,90 = 15.055,10 → 15.055
        FleksloentilskudResult r = month("2024-05", "16323", "40000");
        assertThat(r.fradrag30()).isEqualByComparingTo("4896.90");
        assertThat(r.fradrag55()).isEqualByComparingTo("0");
        assertThat(r.fleksloentilskud()).isEqualByComparingTo("15055");
    }

    @Test
    void oneKroneAboveTheKnaekIsReducedByFiftyFivePercent() {
        // 1 kr. over the knæk: 0,55 × 1 = 0,55; 15.055,10 − 0,55 = 15.054,55 → 15.055 (whole kroner, BEK § 2)
        FleksloentilskudResult r = month("2024-05", "16324", "40000");
        assertThat(r.fradrag30()).isEqualByComparingTo("4896.90");
        assertThat(r.fradrag55()).isEqualByComparingTo("0.55");
        assertThat(r.fleksloentilskud()).isEqualByComparingTo("15055");
    }

    @Test
    void wagePlusSubsidyExactlyAtTheLoenloftIsNotCut() {
        // STAR case: 15.600 + 15.272 = 30.872 = lønloft → no cut (LAB § 123, stk. 3)
        FleksloentilskudResult r = month("2024-05", "15600", "30872");
        assertThat(r.loenloftFradrag()).isEqualByComparingTo("0");
        assertThat(r.fleksloentilskud()).isEqualByComparingTo("15272");
    }

    @Test
    void oneKroneBelowTheNeededLoenloftCutsOneKrone() {
        FleksloentilskudResult r = month("2024-05", "15600", "30871");
        assertThat(r.loenloftFradrag()).isEqualByComparingTo("1");
        assertThat(r.fleksloentilskud()).isEqualByComparingTo("15271");
        assertThat(r.samletIndkomst()).isEqualByComparingTo("30871");
    }

    @Test
    void wageAboveTheLoenloftGivesNoSubsidyNeverANegativeOne() {
        FleksloentilskudResult r = month("2024-05", "33000", "32067");
        assertThat(r.fleksloentilskud()).isEqualByComparingTo("0");
        assertThat(r.atpBidrag()).isEqualByComparingTo("0");
    }

    @Test
    void subsidyIsFullyPhasedOutAtAbout36500In2013() {
        // EX-FLT-05 (jobsogningsguide.dk): »fuldt aftrappet ved … cirka 36.500 kr.« (2013-niveau).
        // 17.008 − 0,30 × 13.208 = 13.045,60; / 0,55 = 23.719,27 → about 36.927 kr. — "cirka", within 1,5 pct.
        FleksloentilskudResult at = month("2013-06", "36927", "60000");
        FleksloentilskudResult above = month("2013-06", "36929", "60000");
        assertThat(at.fleksloentilskud()).isLessThanOrEqualTo(BigDecimal.ONE);
        assertThat(above.fleksloentilskud()).isEqualByComparingTo("0");
        assertThat(new BigDecimal("36927").subtract(new BigDecimal("36500")).abs())
            .isLessThan(new BigDecimal("36500").multiply(new BigDecimal("0.015")));
    }

    @Test
    void atpIsFivePercentRoundedHalfUpToWholeKroner() {
        // wage 34.587 (2024): 19.952 − 4.896,90 − 0,55 × 18.264 = 5.009,90 → 5.010 kr.;
        // ATP 5 pct. af 5.010 = 250,50 → 251 (BEK om ATP-bidrag § 2: nearest whole krone)
        FleksloentilskudResult r = month("2024-05", "34587", "60000");
        assertThat(r.fleksloentilskud()).isEqualByComparingTo("5010");
        assertThat(r.atpBidrag()).isEqualByComparingTo("251");
        assertThat(r.udbetaltTilskud()).isEqualByComparingTo("4759");
    }

    @Test
    void atpIsCappedAt500() {
        // 5 pct. af 15.272 = 763,60 > 500 → 500 (BEK om ATP-bidrag § 1, stk. 2, nr. 1)
        assertThat(month("2024-05", "15600", "40000").atpBidrag()).isEqualByComparingTo("500");
    }

    /**
     * Each 1 January: the maximum follows the subsidy month, the knæk the wage month. Expected amounts: the
     * maximum as published or derived (MaksimaltFleksloentilskudTest), the knæk from the parameter sources.
     */
    @ParameterizedTest(name = "{0}: maks {2} → {3}, knæk {4} → {5}")
    @CsvSource({
        "2014, 2013, 17008, 17312, 13208, 13446",
        "2015, 2014, 17312, 17550, 13446, 13648",
        "2016, 2015, 17550, 17745, 13648, 13839",
        "2017, 2016, 17745, 18027, 13839, 14116",
        "2018, 2017, 18035, 18260, 14116, 14398",
        "2019, 2018, 18260, 18489, 14398, 14686",
        "2020, 2019, 18489, 18701, 14686, 14965",
        "2021, 2020, 18701, 18936, 14965, 15264",
        "2022, 2021, 18936, 18964, 15264, 15401",
        "2023, 2022, 18964, 19333, 15401, 15817",
        "2024, 2023, 19333, 19952, 15817, 16323",
        "2025, 2024, 19952, 20670, 16323, 16911",
        "2026, 2025, 20670, 21600, 16911, 17672",
    })
    void newYearChangesTheMaximumInJanuaryAndTheKnaekForJanuaryWages(int year, int previous, BigDecimal maxBefore,
                                                                      BigDecimal maxAfter, BigDecimal knaekBefore,
                                                                      BigDecimal knaekAfter) {
        FleksloentilskudSatser december = satser(YearMonth.of(previous, 12));
        FleksloentilskudSatser january = satser(YearMonth.of(year, 1));
        FleksloentilskudSatser february = satser(YearMonth.of(year, 2));
        assertThat(december.maksimaltTilskud()).isEqualByComparingTo(maxBefore);
        assertThat(january.maksimaltTilskud()).isEqualByComparingTo(maxAfter);
        assertThat(january.knaek().vaerdi()).as("January's subsidy is reduced for December's wage").isEqualByComparingTo(knaekBefore);
        assertThat(february.knaek().vaerdi()).isEqualByComparingTo(knaekAfter);
    }

    @Test
    void januarySubsidyFlagsTheKnaekOfTheWageMonthAsUnsettled() {
        FleksloentilskudResult jan = month("2024-01", "15000", "40000");
        assertThat(jan.forklaring().allFlags()).anyMatch(f -> f.type() == Flag.Type.UAFKLARET);
        assertThat(month("2024-02", "15000", "40000").forklaring().allFlags()).noneMatch(f -> f.type() == Flag.Type.UAFKLARET);
    }

    @Test
    void firstAndLastCoveredMonths() {
        assertThat(month("2013-01", "10000", "40000").maksimaltTilskud()).isEqualByComparingTo("17008");
        assertThat(month("2026-12", "10000", "40000").maksimaltTilskud()).isEqualByComparingTo("21600");
    }

    @Test
    void aMonthOutsideTheCoveredPeriodIsRefusedNamingTheMonth() {
        assertThatThrownBy(() -> month("2027-01", "10000", "40000")).isInstanceOf(InvalidInputException.class)
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("maaned"))
            .hasMessageContaining("januar 2027");
        assertThatThrownBy(() -> month("2012-12", "10000", "40000")).isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("januar 2013");
    }

    @Test
    void dagpengeMaximumChangesOnTheFirstMondayOfJanuaryInTheWeeklyEra() {
        Rates rates = Rates.standard();
        // AFL § 47, stk. 1: »reguleres … pr. den første mandag i januar« — 7 January 2013 was the first Monday
        assertThat(rates.at("dagpenge.hoejeste_ugebeloeb", java.time.LocalDate.of(2013, 1, 6)).vaerdi()).isEqualByComparingTo("3940");
        assertThat(rates.at("dagpenge.hoejeste_ugebeloeb", java.time.LocalDate.of(2013, 1, 7)).vaerdi()).isEqualByComparingTo("4005");
        assertThat(rates.at("dagpenge.hoejeste_ugebeloeb", java.time.LocalDate.of(2017, 1, 1)).vaerdi()).isEqualByComparingTo("4180");
        assertThat(rates.at("dagpenge.hoejeste_ugebeloeb", java.time.LocalDate.of(2017, 1, 2)).vaerdi()).isEqualByComparingTo("4245");
    }

    private static FleksloentilskudSatser satser(YearMonth m) {
        return FleksloentilskudSatser.forMonth(m, Rates.standard(), Explainer.off());
    }
}
