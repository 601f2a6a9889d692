package dk.fleksjob.rules.fleksloentilskud;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The maximum fleksløntilskud per month (98 pct. of the dagpenge maximum) against every amount printed in a source
 * (rates.md §1.1 and the reference table of examples.md). The computed amounts come from the dagpenge parameters and
 * the conversion rule of the period; the printed amounts are the test.
 */
class MaksimaltFleksloentilskudTest {

    @ParameterizedTest(name = "{0}: {1} kr. ({2})")
    @CsvSource(delimiter = '|', value = {
        // weekly era: 0,98 × weekly maximum rounded to a multiple of 5 (AFL § 47, stk. 2), × 4,3333 (BEK 811/2014 § 2)
        "2014-06 | 17312 | Scleroseforeningen: »max kan udgøre 17.312 kr. mdl. (2014)«: 0,98 × 4.075 = 3.993,5 → 3.995 × 4,3333",
        "2016-03 | 17745 | TEKNIQ 2016 and k10.dk (STAR's calculator): 0,98 × 4.180 = 4.096,4 → 4.095 × 4,3333 = 17.744,86",
        "2017-03 | 18027 | Københavns Kommune (text of EX-FLT-02): 0,98 × 4.245 = 4.160,1 → 4.160 × 4,3333 = 18.026,53",
        // monthly era: round(0,98 × monthly maximum) (BEK 891/2017 § 2)
        "2018-05 | 18260 | Fleksjobbernetværket 2018: 0,98 × 18.633 = 18.260,34",
        "2019-05 | 18489 | 3F 2019: 0,98 × 18.866 = 18.488,68",
        "2020-05 | 18701 | TEKNIQ 2020; Københavns Kommune's table: 0,98 × 19.083 = 18.701,34",
        "2022-05 | 18964 | Slagelse Kommune 2022: 0,98 × 19.351 = 18.963,98",
        "2023-05 | 19333 | DI 2023: 0,98 × 19.728 = 19.333,44",
        "2024-05 | 19952 | STAR's calculator; Det Faglige Hus 2024: 0,98 × 20.359 = 19.951,82",
    })
    void printedMaximumIsReproduced(String month, BigDecimal printed, String source) {
        assertThat(max(month)).isEqualByComparingTo(printed);
    }

    @Test
    void bmDkSaysAboutSeventeenThousandIn2013() {
        // bm.dk, Løn og tilskud (2013): »cirka 17.000 kroner«; 0,98 × 4.005 = 3.924,9 → 3.925 × 4,3333 = 17.008,2
        assertThat(max("2013-06")).isEqualByComparingTo("17008");
    }

    @Test
    void monthlyDagpengeFromFirstJuly2017() {
        // 30 June 2017 still the weekly rate (18.027); from 1 July 2017 0,98 × 18.403 = 18.034,94 → 18.035
        assertThat(max("2017-06")).isEqualByComparingTo("18027");
        assertThat(max("2017-07")).isEqualByComparingTo("18035");
    }

    @Test
    void roundingToAMultipleOfFiveIsHalfUp() {
        assertThat(MaksimaltFleksloentilskud.toNearestFive(new BigDecimal("3992.49"))).isEqualByComparingTo("3990");
        assertThat(MaksimaltFleksloentilskud.toNearestFive(new BigDecimal("3992.5"))).isEqualByComparingTo("3995");
    }

    private static BigDecimal max(String month) {
        return MaksimaltFleksloentilskud.calculate(YearMonth.parse(month), Rates.standard(), Explainer.off());
    }
}
