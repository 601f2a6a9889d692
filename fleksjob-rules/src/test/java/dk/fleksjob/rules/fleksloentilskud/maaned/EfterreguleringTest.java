package dk.fleksjob.rules.fleksloentilskud.maaned;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.rules.explain.Flag;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class EfterreguleringTest {

    /**
     * BEK § 3, stk. 4: a bonus paid later for March 2025 raises March's income by 1.000; April's subsidy was
     * 20.670 − 0,30 × 10.000 = 17.670 and is now 20.670 − 0,30 × 11.000 = 17.370: 300 kr. to set off.
     * ATP 500 both times (5 pct. above 10.000), so the payout falls by 300.
     */
    @Test
    void senereBonusGiverModregningIDeFoelgendeMaaneder() {
        MaanedInput before = MaanedInput.of(YearMonth.of(2025, 4), null,
            Indtaegtslinje.loen(new BigDecimal("10000"), BigDecimal.valueOf(50)));
        MaanedInput after = before.withIndtaegter(List.of(
            Indtaegtslinje.loen(new BigDecimal("10000"), BigDecimal.valueOf(50)),
            Indtaegtslinje.of(Indtaegtstype.ANDEN_LOEN, new BigDecimal("1000"))));
        EfterreguleringResultat r = Efterregulering.calculate(before, after, YearMonth.of(2026, 6), true);
        assertThat(r.forskelTilskud()).isEqualByComparingTo("-300");
        assertThat(r.forskelUdbetalt()).isEqualByComparingTo("-300");
        assertThat(r.retning()).isEqualTo("modregning");
        // More than 12 months before the correction month (BEK § 4, stk. 4) and a set-off: both flagged.
        assertThat(r.forklaring().allFlags()).filteredOn(f -> f.type() == Flag.Type.SKAL_AFKLARES).hasSize(2);
    }
}
