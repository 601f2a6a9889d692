package dk.fleksjob.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudResult;
import dk.fleksjob.rules.parameter.Provenance;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What-if: any parameter can be overridden for one calculation, and the explanation says so. */
class WhatIfTest {

    private static FleksloentilskudResult star(Map<String, BigDecimal> overrides) {
        return Fleksloentilskud.calculate(new FleksloentilskudRequest(YearMonth.of(2024, 5), new BigDecimal("200"),
            new BigDecimal("18"), null, null, null, null, overrides));
    }

    @Test
    void aHigherKnaekDoesNotChangeAWageBelowIt() {
        assertThat(star(Map.of("fleksloentilskud.knaek", new BigDecimal("20000"))).fleksloentilskud())
            .isEqualByComparingTo("15272");
    }

    @Test
    void aLowerKnaekMovesPartOfTheWageToThe55PercentStep() {
        // knæk 10.000: 0,30 × 10.000 + 0,55 × 5.600 = 3.000 + 3.080 = 6.080; 19.952 − 6.080 = 13.872
        FleksloentilskudResult r = star(Map.of("fleksloentilskud.knaek", new BigDecimal("10000")));
        assertThat(r.fradrag55()).isEqualByComparingTo("3080");
        assertThat(r.fleksloentilskud()).isEqualByComparingTo("13872");
        assertThat(r.forklaring().find("fradrag30").parametre())
            .anyMatch(p -> p.id().equals("fleksloentilskud.knaek") && p.proveniens() == Provenance.OVERRIDE);
    }

    @Test
    void aLowerMaximumPercentageLowersTheMaximum() {
        // 90 pct. af 20.359 = 18.323,10 → 18.323
        assertThat(star(Map.of("fleksloentilskud.maksimum_procent", new BigDecimal("90"))).maksimaltTilskud())
            .isEqualByComparingTo("18323");
    }

    @Test
    void anUnknownParameterIsRefusedNamingIt() {
        assertThatThrownBy(() -> star(Map.of("fleksloentilskud.knak", BigDecimal.ONE)))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("fleksloentilskud.knak")
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("parameter"));
    }
}
