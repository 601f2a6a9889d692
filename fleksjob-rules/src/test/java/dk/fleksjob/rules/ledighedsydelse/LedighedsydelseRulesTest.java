package dk.fleksjob.rules.ledighedsydelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.explain.Step;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LedighedsydelseRulesTest {

    private static LedighedsydelseResult calc(String month, Kategori k, String wage, Integer fleksjob, Integer afterAge) {
        return Ledighedsydelse.calculate(new LedighedsydelseRequest(YearMonth.parse(month), k,
            wage == null ? null : new BigDecimal(wage), fleksjob, afterAge, null));
    }

    @Test
    void weeklyRatesAsPublishedIn2014And2015() {
        // BEK 812/2014 § 2, AFL § 47 stk. 2: 0,89 × 4.075 = 3.626,75 → 3.625 (bm.dk 2014); 0,89 × 4.135 = 3.680,15 → 3.680 (bm.dk 2015)
        assertThat(Ledighedsydelsessats.toNearestFive(new BigDecimal("0.89").multiply(BigDecimal.valueOf(4075))))
            .isEqualByComparingTo("3625");
        assertThat(Ledighedsydelsessats.toNearestFive(new BigDecimal("0.89").multiply(BigDecimal.valueOf(4135))))
            .isEqualByComparingTo("3680");
        // 3.625 × 4,3333 = 15.708,21 → 15.708 kr. pr. måned
        assertThat(calc("2014-06", Kategori.SATS_89, null, null, null).sats()).isEqualByComparingTo("15708");
    }

    @Test
    void dayBeforeAndDayOfMonthlyDagpenge1July2017() {
        // June 2017: 3.780 × 4,3333 = 16.379,87 → 16.380; July 2017: 0,89 × 18.403 = 16.378,67 → 16.379 (BEK 892/2017 § 2)
        assertThat(calc("2017-06", Kategori.SATS_89, null, null, null).sats()).isEqualByComparingTo("16380");
        assertThat(calc("2017-07", Kategori.SATS_89, null, null, null).sats()).isEqualByComparingTo("16379");
    }

    @Test
    void theKontanthjaelpReform1July2025ChangesTheLawNotTheAmount() {
        // LAS § 74 a stk. 3 (LBK 1004/2025): own amounts from 1 July 2025; 16.382 (2024-niveau) × 1,036 = 16.972
        LedighedsydelseResult june = calc("2025-06", Kategori.FORSOERGER, null, null, null);
        LedighedsydelseResult july = calc("2025-07", Kategori.FORSOERGER, null, null, null);
        assertThat(june.sats()).isEqualByComparingTo(july.sats()).isEqualByComparingTo("16972");
        assertThat(step(june, "sats").hjemmel().toString()).contains("LAS § 25, stk. 2, nr. 1");
        assertThat(step(july, "sats").hjemmel().toString()).contains("LAS § 109, stk. 2, nr. 15");
    }

    @Test
    void atTheThresholdAndOneKroneOver() {
        // LAS § 74 d stk. 3, BEK § 14: wage of April 2024, threshold 16.323.
        // At: 18.120 − 0,30 × 16.323 (4.896,90) = 13.223,10 → 13.223. One krone over: − 0,55 more = 13.222,55 → 13.223 (half up).
        LedighedsydelseResult at = calc("2024-05", Kategori.SATS_89, "16323", null, null);
        LedighedsydelseResult over = calc("2024-05", Kategori.SATS_89, "16324", null, null);
        assertThat(at.fradrag30()).isEqualByComparingTo("4896.90");
        assertThat(at.fradrag55()).isEqualByComparingTo("0");
        assertThat(at.ledighedsydelse()).isEqualByComparingTo("13223");
        assertThat(over.fradrag30()).isEqualByComparingTo("4896.90");
        assertThat(over.fradrag55()).isEqualByComparingTo("0.55");
        assertThat(over.ledighedsydelse()).isEqualByComparingTo("13223");
        // Two kroner over: 13.221,00 exactly.
        assertThat(calc("2024-05", Kategori.SATS_89, "16325", null, null).ledighedsydelse()).isEqualByComparingTo("13222");
    }

    @Test
    void eightMonthsInFleksjobAreNotEnoughNineAre() {
        // LAS § 74 a stk. 4: 9 months in fleksjob within 18 → 89 pct. (2024: 0,89 × 20.359 = 18.119,51 → 18.120)
        assertThat(calc("2024-05", Kategori.FORSOERGER, null, 8, null).sats()).isEqualByComparingTo("16382");
        LedighedsydelseResult nine = calc("2024-05", Kategori.FORSOERGER, null, 9, null);
        assertThat(nine.anvendtKategori()).isEqualTo(Kategori.SATS_89);
        assertThat(nine.sats()).isEqualByComparingTo("18120");
    }

    @Test
    void sixMonthsAtTheHighRateAfterFleksydelsesalderen() {
        // LAS § 74 b stk. 2: at most 6 months in total at § 74 a stk. 2 or stk. 3 nr. 1, then stk. 3 nr. 2 (2024: 12.326)
        assertThat(calc("2024-05", Kategori.SATS_89, null, null, 5).sats()).isEqualByComparingTo("18120");
        LedighedsydelseResult six = calc("2024-05", Kategori.SATS_89, null, null, 6);
        assertThat(six.anvendtKategori()).isEqualTo(Kategori.IKKE_FORSOERGER);
        assertThat(six.sats()).isEqualByComparingTo("12326");
        assertThat(calc("2024-05", Kategori.FORSOERGER, null, null, 6).sats()).isEqualByComparingTo("12326");
    }

    @Test
    void januaryUsesDecembersThresholdAndSaysItIsUnsettled() {
        LedighedsydelseResult jan = calc("2026-01", Kategori.SATS_89, "20000", null, null);
        assertThat(jan.fradragsgraense()).isEqualByComparingTo("16911");
        assertThat(step(jan, "fradrag30").flag()).extracting(Flag::type).containsExactly(Flag.Type.UAFKLARET);
        // February 2026 uses the 2026 threshold 17.672 (BEK 4/2026 § 14)
        assertThat(calc("2026-02", Kategori.SATS_89, "20000", null, null).fradragsgraense()).isEqualByComparingTo("17672");
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> calc("2024-05", Kategori.SATS_89, "-1", null, null))
            .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("loen");
        assertThatThrownBy(() -> calc("2024-05", Kategori.SATS_89, null, 19, null))
            .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("fleksjobMaaneder");
        assertThatThrownBy(() -> calc("2012-12", Kategori.SATS_89, null, null, null))
            .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("maaned");
        assertThatThrownBy(() -> Kategori.parse("90")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void moreWageNeverLowersTotalIncomeAndTheBenefitStaysWithinItsRate() {
        Random random = new Random(20260101L);
        Kategori[] kategorier = Kategori.values();
        for (int i = 0; i < 400; i++) {
            YearMonth month = YearMonth.of(2013 + random.nextInt(14), 1 + random.nextInt(12));
            Kategori k = kategorier[random.nextInt(kategorier.length)];
            BigDecimal wage = BigDecimal.valueOf(random.nextInt(40_000));
            BigDecimal more = wage.add(BigDecimal.valueOf(1 + random.nextInt(5_000)));
            LedighedsydelseResult a = calc(month.toString(), k, wage.toPlainString(), null, null);
            LedighedsydelseResult b = calc(month.toString(), k, more.toPlainString(), null, null);
            assertThat(b.samletIndkomst()).as(month + " " + k + " " + wage + " → " + more)
                .isGreaterThanOrEqualTo(a.samletIndkomst());
            assertThat(b.ledighedsydelse()).isLessThanOrEqualTo(a.ledighedsydelse());
            assertThat(a.ledighedsydelse()).isBetween(BigDecimal.ZERO, a.sats());
        }
    }

    private static Step step(LedighedsydelseResult r, String id) {
        return r.forklaring().trin().stream().filter(s -> id.equals(s.id())).findFirst().orElseThrow();
    }
}
