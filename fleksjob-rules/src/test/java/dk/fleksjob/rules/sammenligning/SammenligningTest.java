package dk.fleksjob.rules.sammenligning;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.explain.Step;
import dk.fleksjob.rules.gammelordning.Broek;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SammenligningTest {

    @Test
    void starsExample200KronerAnHour18HoursUnderBothSchemes() {
        // New scheme = STAR's calculator (EX-FLT-01, 2024): wage 15.600, subsidy 15.272, income 30.872.
        // Old scheme: employer pays 15.600 and gets ⅔ = 10.400 back (200 < hourly cap 305,69); cost 5.200.
        SammenligningResult r = Sammenligning.calculate(new SammenligningRequest(YearMonth.of(2024, 5),
            new BigDecimal("200"), new BigDecimal("18"), null, null, null));
        assertThat(r.ny().arbejdsgiverensUdgift()).isEqualByComparingTo("15600");
        assertThat(r.ny().samletIndkomst()).isEqualByComparingTo("30872");
        assertThat(r.gammel().tilskud()).isEqualByComparingTo("10400");
        assertThat(r.gammel().arbejdsgiverensUdgift()).isEqualByComparingTo("5200");
        assertThat(r.gammel().samletIndkomst()).isEqualByComparingTo("15600");
        assertThat(r.brokAntaget()).isTrue();
        Step old = r.forklaring().trin().stream().filter(s -> "gammel".equals(s.id())).findFirst().orElseThrow();
        assertThat(old.flag()).extracting(Flag::tekst).anyMatch(t -> t.contains("antager 2/3"));
    }

    @Test
    void halfRefundWhenGiven() {
        SammenligningResult r = Sammenligning.calculate(new SammenligningRequest(YearMonth.of(2024, 5),
            new BigDecimal("200"), new BigDecimal("18"), new BigDecimal("0.5"), Broek.HALV, null));
        assertThat(r.gammel().tilskud()).isEqualByComparingTo("7800");
        assertThat(r.ny().loenFraArbejdsgiver()).isEqualByComparingTo("7800");
        assertThat(r.brokAntaget()).isFalse();
    }
}
