package dk.fleksjob.rules.gammelordning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.InvalidInputException;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GammelOrdningRulesTest {

    private static GammelOrdningResult yearly(int year, Broek b, String wage) {
        return GammelOrdning.calculate(GammelOrdningRequest.yearly(year, b, new BigDecimal(wage)));
    }

    @Test
    void atTheCapAndOneKroneOver() {
        // LAB § 133 stk. 3, 2024 cap 588.189: ⅔ × 588.189 = 392.126 at the cap and one krone over it
        assertThat(yearly(2024, Broek.TO_TREDJEDELE, "588189").tilskud()).isEqualByComparingTo("392126");
        assertThat(yearly(2024, Broek.TO_TREDJEDELE, "588190").tilskud()).isEqualByComparingTo("392126");
        // one krone under: ⅔ × 588.188 = 392.125,333… → 392.125,33
        assertThat(yearly(2024, Broek.TO_TREDJEDELE, "588188").tilskud()).isEqualByComparingTo("392125.33");
    }

    @Test
    void theCapChangesOnFirstJanuary() {
        // 2023 cap 569.951 (satsregulering 2,7 pct. from 554.967); 2024 cap 588.189 (3,2 pct.)
        assertThat(yearly(2023, Broek.HALV, "700000").beregningsgrundlag()).isEqualByComparingTo("569951");
        assertThat(yearly(2024, Broek.HALV, "700000").beregningsgrundlag()).isEqualByComparingTo("588189");
    }

    @Test
    void refusionNeverMakesTheTilskudNegative() {
        GammelOrdningResult r = GammelOrdning.calculate(new GammelOrdningRequest(2024, Broek.HALV,
            new BigDecimal("100000"), null, null, new BigDecimal("80000"), null));
        assertThat(r.refusionsfradrag()).isEqualByComparingTo("50000");
        assertThat(r.tilskud()).isEqualByComparingTo("0");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> GammelOrdning.calculate(new GammelOrdningRequest(2024, Broek.HALV, null,
            new BigDecimal("200"), new BigDecimal("38"), null, null)))
            .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("timer");
        assertThatThrownBy(() -> Broek.parse("3/4")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void moreWageNeverLowersTheTilskudAndItNeverExceedsTheFractionOfTheCap() {
        Random random = new Random(2006L);
        for (int i = 0; i < 300; i++) {
            int year = 2013 + random.nextInt(14);
            Broek b = random.nextBoolean() ? Broek.HALV : Broek.TO_TREDJEDELE;
            long wage = random.nextInt(800_000);
            GammelOrdningResult a = yearly(year, b, Long.toString(wage));
            GammelOrdningResult more = yearly(year, b, Long.toString(wage + 1 + random.nextInt(50_000)));
            assertThat(more.tilskud()).isGreaterThanOrEqualTo(a.tilskud());
            assertThat(a.tilskud()).isLessThanOrEqualTo(b.of(a.loft()).add(new BigDecimal("0.005")));
        }
    }
}
