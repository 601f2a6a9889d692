package dk.fleksjob.rules.fleksydelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.explain.Step;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Boundary pairs: at a threshold and just over it, the day before and the day of a change. */
class FleksydelseBoundaryTest {

    private static BigDecimal kr(String s) {
        return new BigDecimal(s);
    }

    private static FleksydelseResult calc(FleksydelseRequest r) {
        return Fleksydelse.calculate(r);
    }

    // LFY § 17, stk. 2: born before 1 January 1956 → 91 pct.; 2024: 4.695 × 52 × 0,91 = 222.167,40 → 222.168.
    // Born 1 January 1956 without a postponed overgang is stk. 3 → also 91 pct., but with a flag pointing at 100 pct.
    @Test
    void bornOnTheLastDayOf1955AndTheFirstDayOf1956BothGet91PctButOnlyTheLaterIsToldAboutPostponing() {
        FleksydelseResult before = calc(FleksydelseRequest.of(2022, LocalDate.of(1955, 12, 31)));
        FleksydelseResult first = calc(FleksydelseRequest.of(2022, LocalDate.of(1956, 1, 1)));
        assertThat(before.procent()).isEqualByComparingTo("91");
        assertThat(first.procent()).isEqualByComparingTo("91");
        assertThat(flags(before, "procent")).isEmpty();
        assertThat(flags(first, "procent")).extracting(Flag::type).containsExactly(Flag.Type.SKAL_AFKLARES);
    }

    // LFY § 17, stk. 1 and 3: born 30 June 1959 is the last day of the 91 pct. cohort; 1 July 1959 gets 100 pct.
    // 2024: 244.140 (100 pct.) and 222.168 (91 pct.).
    @Test
    void bornOn30June1959Gets91PctAnd1July1959Gets100Pct() {
        assertThat(calc(FleksydelseRequest.of(2024, LocalDate.of(1959, 6, 30))).fleksydelseAar())
            .isEqualByComparingTo("222168");
        assertThat(calc(FleksydelseRequest.of(2024, LocalDate.of(1959, 7, 1))).fleksydelseAar())
            .isEqualByComparingTo("244140");
    }

    // LFY § 17, stk. 3, 3. pkt.: born 1 March 1958, folkepensionsalder 67 år on 1 March 2025; 3 years before is
    // 1 March 2022. Overgang 1 February 2022 → 91 pct.; 1 March 2022 → 100 pct. (2022: 211.284 / 232.176 kr.).
    @Test
    void postponingTheOvergangToExactlyThreeYearsBeforeFolkepensionGives100Pct() {
        LocalDate born = LocalDate.of(1958, 3, 1);
        assertThat(calc(FleksydelseRequest.of(2022, born).withOvergang(LocalDate.of(2022, 2, 1))).fleksydelseAar())
            .isEqualByComparingTo("211284");
        assertThat(calc(FleksydelseRequest.of(2022, born).withOvergang(LocalDate.of(2022, 3, 1))).fleksydelseAar())
            .isEqualByComparingTo("232176");
    }

    // Born 15 March 1958: 3 years before folkepension is 15 March 2022, so overgang 1 March 2022 is 14 days too
    // early (91 pct.), 1 April 2022 is in time (100 pct.).
    @Test
    void aBirthdayInTheMiddleOfTheMonthMovesTheEarliestFullRateOvergangToTheNextMonth() {
        LocalDate born = LocalDate.of(1958, 3, 15);
        assertThat(calc(FleksydelseRequest.of(2022, born).withOvergang(LocalDate.of(2022, 3, 1))).procent())
            .isEqualByComparingTo("91");
        assertThat(calc(FleksydelseRequest.of(2022, born).withOvergang(LocalDate.of(2022, 4, 1))).procent())
            .isEqualByComparingTo("100");
    }

    // LFY § 18, stk. 11 vs stk. 5: the same pensions (EX-FY-05: 133.500 kr. computed yearly) give
    // 60 pct. × (133.500 − 17.300) = 69.720 for born 31 December 1955, and 80 pct. × 133.500 = 106.800 for born
    // 1 January 1956 (no bundfradrag).
    @Test
    void pensionRuleChangesFrom60PctOverBundfradragTo80PctWithoutItOn1January1956() {
        BigDecimal l = kr("120000");
        BigDecimal k = kr("450000");
        BigDecimal r = kr("300000");
        assertThat(calc(FleksydelseRequest.of(2023, LocalDate.of(1955, 12, 31)).withPensions(l, k, r))
            .pensionsfradrag()).isEqualByComparingTo("69720");
        FleksydelseResult young = calc(FleksydelseRequest.of(2023, LocalDate.of(1956, 1, 1)).withPensions(l, k, r));
        assertThat(young.pensionsfradrag()).isEqualByComparingTo("106800");
        assertThat(young.bundfradrag()).isNull();
    }

    // LFY § 18, stk. 11: nothing is deducted until the computed yearly amount exceeds the bundfradrag (2023: 17.300).
    // 5 pct. of a 346.000 kr. depot = 17.300 → 0; 5 pct. of 346.020 = 17.301 → 60 pct. × 1 = 0,60 kr.
    @Test
    void depotAtTheBundfradragGivesNoDeductionAndOneKroneOverGives60Oere() {
        LocalDate born = LocalDate.of(1955, 6, 1);
        assertThat(calc(FleksydelseRequest.of(2023, born).withPensions(null, kr("346000"), null)).pensionsfradrag())
            .isEqualByComparingTo("0");
        assertThat(calc(FleksydelseRequest.of(2023, born).withPensions(null, kr("346020"), null)).pensionsfradrag())
            .isEqualByComparingTo("0.60");
    }

    // LFY § 18, stk. 6: an employer pension paid during the fleksydelse, 60.000 kr. a year, born 1960: 64 pct. =
    // 38.400 kr.; born before 1956 (stk. 12): 50 pct. = 30.000 kr.
    @Test
    void employerPensionPaidDuringFleksydelseIsDeducted64PctOr50PctByCohort() {
        assertThat(calc(FleksydelseRequest.of(2024, LocalDate.of(1960, 1, 1))
            .withLoebendeArbejdsgiverpension(kr("60000"))).loebendePensionsfradrag()).isEqualByComparingTo("38400");
        assertThat(calc(FleksydelseRequest.of(2016, LocalDate.of(1954, 1, 1))
            .withLoebendeArbejdsgiverpension(kr("60000"))).loebendePensionsfradrag()).isEqualByComparingTo("30000");
    }

    // LFY § 20, stk. 3 / BEK § 33, stk. 2 (2019: limit 39.096, omregningssats 241,73): earlier income 35.096 leaves
    // exactly 4.000 → 4.000 / 241,73 = 16,55 h. With 35.097 earlier, 3.999 is lenient and 1 kr. at 200 kr./h:
    // 3.999 / 241,73 + 1 / 200 = 16,5432 + 0,005 = 16,55 → with 35.296 earlier: 3.800 / 241,73 + 200 / 200 = 16,72.
    @Test
    void theLempeligtFradragStopsAtTheYearlyLimitAndTheRestIsDeductedHourForHour() {
        LocalDate born = LocalDate.of(1955, 3, 1);
        assertThat(calc(FleksydelseRequest.of(2019, born).withWork(kr("20"), kr("200"), kr("35096"))).fradragTimer())
            .isEqualByComparingTo("16.55");
        assertThat(calc(FleksydelseRequest.of(2019, born).withWork(kr("20"), kr("200"), kr("35296"))).fradragTimer())
            .isEqualByComparingTo("16.72");
        assertThat(calc(FleksydelseRequest.of(2019, born).withWork(kr("20"), kr("200"), kr("39096"))).fradragTimer())
            .isEqualByComparingTo("20.00");
    }

    // BEK § 32, stk. 1, nr. 1-2: a wage at the omregningssats (241,73 in 2019) is deducted with the actual hours;
    // 1 øre under it, 20 × 241,72 / 241,73 = 19,9992 → 20,00 h as well, but through the lenient rule.
    @Test
    void aWageAtTheOmregningssatsAndOneOereUnderGiveTheSameHours() {
        LocalDate born = LocalDate.of(1955, 3, 1);
        assertThat(calc(FleksydelseRequest.of(2019, born).withWork(kr("20"), kr("241.73"), null)).fradragTimer())
            .isEqualByComparingTo("20.00");
        assertThat(calc(FleksydelseRequest.of(2019, born).withWork(kr("20"), kr("241.72"), null)).fradragTimer())
            .isEqualByComparingTo("20.00");
        assertThat(calc(FleksydelseRequest.of(2019, born).withWork(kr("100"), kr("241.72"), null)).fradragTimer())
            .isEqualByComparingTo("100.00");
        assertThat(calc(FleksydelseRequest.of(2019, born).withWork(kr("100"), kr("200"), null)).fradragTimer())
            .isEqualByComparingTo("82.74"); // 20.000 / 241,73 = 82,737
    }

    // LFY § 20, stk. 3, 2. pkt.: a wage under the sygedagpenge hourly maximum (2019: 4.355 / 37 = 117,70) is raised
    // to it: 20 × 117,70 = 2.354 / 241,73 = 9,74 h; at 117,70 itself the same.
    @Test
    void aWageUnderTheSygedagpengeHourlyMaximumIsRaisedToIt() {
        LocalDate born = LocalDate.of(1955, 3, 1);
        assertThat(calc(FleksydelseRequest.of(2019, born).withWork(kr("20"), kr("100"), null)).fradragTimer())
            .isEqualByComparingTo("9.74");
        assertThat(calc(FleksydelseRequest.of(2019, born).withWork(kr("20"), kr("117.70"), null)).fradragTimer())
            .isEqualByComparingTo("9.74");
    }

    // LFY § 20, stk. 3, last sentence: 128 hours in a month still gives fleksydelse; 128,01 hours gives none.
    @Test
    void moreThan128HoursInAMonthGivesNoFleksydelse() {
        LocalDate born = LocalDate.of(1960, 1, 1);
        FleksydelseResult at = calc(FleksydelseRequest.of(2024, born).withWork(kr("128"), kr("300"), null));
        FleksydelseResult over = calc(FleksydelseRequest.of(2024, born).withWork(kr("128.01"), kr("300"), null));
        assertThat(at.udbetalingMaaned()).isPositive();
        assertThat(over.udbetalingMaaned()).isEqualByComparingTo("0");
    }

    // LFY § 25, stk. 2: under 100 kr. a month nothing is paid. 2024, born 1960: 20.345 kr. a month; a pension
    // deduction that leaves 1.188 kr. a year (99 kr. a month) pays nothing, 1.200 (100 kr.) pays 100 kr.
    // 80 pct. × 5 pct. × depot = 244.140 − 1.188 → depot = 6.073.800; − 1.200 → 6.073.500.
    @Test
    void lessThan100KronerAMonthIsNotPaid() {
        LocalDate born = LocalDate.of(1960, 1, 1);
        FleksydelseResult under = calc(FleksydelseRequest.of(2024, born).withPensions(null, kr("6073800"), null));
        FleksydelseResult at = calc(FleksydelseRequest.of(2024, born).withPensions(null, kr("6073500"), null));
        assertThat(under.fleksydelseMaaned()).isEqualByComparingTo("99");
        assertThat(under.udbetalingMaaned()).isEqualByComparingTo("0");
        assertThat(at.udbetalingMaaned()).isEqualByComparingTo("100");
    }

    // LFY § 17, stk. 4 and 6: the fleksydelse is at most the earlier income; 6 months of 90.000 kr. is 180.000 a year.
    @Test
    void theFleksydelseIsCappedAtTheEarlierIncomeMultipliedUpToAYear() {
        LocalDate born = LocalDate.of(1960, 1, 1);
        assertThat(calc(FleksydelseRequest.of(2024, born).withIndtaegt(kr("90000"), 6)).fleksydelseAar())
            .isEqualByComparingTo("180000");
        assertThat(calc(FleksydelseRequest.of(2024, born).withIndtaegt(kr("244140"), null)).fleksydelseAar())
            .isEqualByComparingTo("244140");
        assertThat(calc(FleksydelseRequest.of(2024, born).withIndtaegt(kr("244139"), null)).fleksydelseEfterPensionAar())
            .isEqualByComparingTo("244140"); // 244.139 rounds to the nearest multiple of 12 (§ 25, stk. 1)
    }

    // BEK § 32, stk. 7: overgang 1 April 2024 leaves Q1 without fleksydelse, so the 43.628 kr. limit is cut by a
    // quarter to 32.721; with 32.721 kr. earned before, a low wage is deducted hour for hour. Overgang 1 March: no cut.
    @Test
    void aWholeQuarterBeforeTheOvergangCutsTheLempeligtLimitByAQuarter() {
        LocalDate born = LocalDate.of(1960, 1, 1);
        FleksydelseRequest april = FleksydelseRequest.of(2024, born).withOvergang(LocalDate.of(2024, 4, 1))
            .withWork(kr("10"), kr("150"), kr("32721"));
        FleksydelseRequest march = april.withOvergang(LocalDate.of(2024, 3, 1));
        assertThat(calc(april).fradragTimer()).isEqualByComparingTo("10.00");
        assertThat(calc(march).fradragTimer()).isEqualByComparingTo("5.40"); // 1.500 / 277,76 = 5,40
    }

    // The sygedagpenge maximum changes on the first Monday of January: 6 January 2019 is still 4.300, 7 January 4.355.
    @Test
    void theSygedagpengeMaximumChangesOnTheFirstMondayOfJanuary() {
        Rates rates = Rates.standard();
        assertThat(rates.at("sygedagpenge.hoejeste_ugebeloeb", LocalDate.of(2019, 1, 6)).vaerdi())
            .isEqualByComparingTo("4300");
        assertThat(rates.at("sygedagpenge.hoejeste_ugebeloeb", LocalDate.of(2019, 1, 7)).vaerdi())
            .isEqualByComparingTo("4355");
    }

    // § 17, stk. 1: »afrundes til nærmeste hele kronebeløb, der er deleligt med 12«.
    @Test
    void roundingToTheNearestAmountDivisibleBy12() {
        assertThat(Fleksydelsesbeloeb.toNearestTwelve(kr("222167.40"))).isEqualByComparingTo("222168");
        assertThat(Fleksydelsesbeloeb.toNearestTwelve(kr("197797.60"))).isEqualByComparingTo("197796");
        assertThat(Fleksydelsesbeloeb.toNearestTwelve(kr("17.99"))).isEqualByComparingTo("12");
        assertThat(Fleksydelsesbeloeb.toNearestTwelve(kr("18"))).isEqualByComparingTo("24");
    }

    @Test
    void aDerivedOmregningssatsIsFlaggedAsUnsettled() {
        FleksydelseResult r = calc(FleksydelseRequest.of(2026, LocalDate.of(1962, 1, 1))
            .withWork(kr("20"), kr("200"), null));
        assertThat(flags(r, "fradragTimer")).extracting(Flag::type).containsExactly(Flag.Type.UAFKLARET);
        assertThat(flags(calc(FleksydelseRequest.of(2025, LocalDate.of(1962, 1, 1))
            .withWork(kr("20"), kr("200"), null)), "fradragTimer")).isEmpty();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> calc(FleksydelseRequest.of(2012, LocalDate.of(1955, 1, 1))))
            .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("aar");
        assertThatThrownBy(() -> calc(FleksydelseRequest.of(2024, LocalDate.of(1960, 1, 1))
            .withWork(kr("10"), null, null))).extracting("field").isEqualTo("timeloen");
        assertThatThrownBy(() -> calc(FleksydelseRequest.of(2024, LocalDate.of(1960, 1, 1))
            .withPensions(kr("-1"), null, null))).extracting("field").isEqualTo("livsvarigPension");
        assertThatThrownBy(() -> calc(FleksydelseRequest.of(2024, LocalDate.of(1960, 1, 1))
            .withOvergang(LocalDate.of(2023, 1, 1)))).extracting("field").isEqualTo("overgang");
        assertThatThrownBy(() -> Fleksydelse.calculate(FleksydelseRequest.of(2024, LocalDate.of(1960, 1, 1))
            .withParametre(Map.of("fleksydelse.findes_ikke", BigDecimal.ONE)))).isInstanceOf(RuntimeException.class);
    }

    static List<Flag> flags(FleksydelseResult r, String stepId) {
        return r.forklaring().trin().stream().filter(s -> stepId.equals(s.id())).map(Step::flag)
            .flatMap(List::stream).toList();
    }
}
