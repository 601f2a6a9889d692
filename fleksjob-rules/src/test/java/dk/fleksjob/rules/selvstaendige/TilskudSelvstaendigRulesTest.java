package dk.fleksjob.rules.selvstaendige;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.rules.explain.Flag;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TilskudSelvstaendigRulesTest {

    private static TilskudSelvstaendigResult calc(int year, String overskud, String other, boolean spouses,
                                                  Map<String, BigDecimal> params) {
        return TilskudSelvstaendig.calculate(new TilskudSelvstaendigRequest(year, new BigDecimal(overskud),
            other == null ? null : new BigDecimal(other), spouses, params));
    }

    @Test
    void oneKroneBeforeAndAtThePhaseOutPoint() {
        // BEK 233/2024 § 8 with the kommune's 156.953: 156.953 − 0,30 × 523.176 = 0,20; at 523.177: 156.953 − 156.953,10 → 0
        Map<String, BigDecimal> kommune = Map.of("selvstaendige.grundbeloeb", new BigDecimal("156953"));
        assertThat(calc(2024, "523176", null, false, kommune).tilskudAar()).isEqualByComparingTo("0.20");
        assertThat(calc(2024, "523177", null, false, kommune).tilskudAar()).isEqualByComparingTo("0");
    }

    @Test
    void noFiftyFivePercentStep() {
        // 2026: 169.920 − 0,30 × 500.000 = 19.920 (the fleksløntilskud's 55 pct. above the knæk does not apply)
        assertThat(calc(2026, "300000", "200000", false, null).tilskudAar()).isEqualByComparingTo("19920");
    }

    @Test
    void aLossCountsAsZeroAndSpousesHalveTheIncome() {
        // BEK § 11 stk. 4: negative yearly income → 0; § 13 stk. 1: spouses 50 pct. each
        assertThat(calc(2026, "-50000", "10000", false, null).tilskudAar()).isEqualByComparingTo("166920");
        assertThat(calc(2026, "200000", null, true, null).tilskudAar()).isEqualByComparingTo("139920");
    }

    @Test
    void the2024ConflictIsFlaggedUnlessTheUserChoosesAFigure() {
        assertThat(calc(2024, "0", null, false, null).forklaring().trin().get(0).flag())
            .extracting(Flag::type).containsExactly(Flag.Type.UAFKLARET);
        assertThat(calc(2024, "0", null, false, Map.of("selvstaendige.grundbeloeb", new BigDecimal("156953")))
            .forklaring().trin().get(0).flag()).isEmpty();
        assertThat(calc(2023, "0", null, false, null).forklaring().trin().get(0).flag()).isEmpty();
    }

    @Test
    void moreIncomeNeverRaisesTheTilskudAndItIsNeverNegative() {
        Random random = new Random(126L);
        for (int i = 0; i < 300; i++) {
            int year = 2013 + random.nextInt(14);
            long income = random.nextInt(700_000) - 50_000;
            TilskudSelvstaendigResult a = calc(year, Long.toString(income), "0", false, null);
            TilskudSelvstaendigResult b = calc(year, Long.toString(income + 1 + random.nextInt(20_000)), "0", false, null);
            assertThat(b.tilskudAar()).isLessThanOrEqualTo(a.tilskudAar());
            assertThat(a.tilskudAar()).isBetween(BigDecimal.ZERO, a.grundbeloeb());
        }
    }
}
