package dk.fleksjob.rules.fleksloentilskud;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties over random months 2013–2026 and random jobs (seeded, so a failure reproduces). Not jqwik: see the
 * developers' guide.
 */
class FleksloentilskudPropertiesTest {

    private static final int RUNS = 3000;

    private record Job(YearMonth month, BigDecimal wage, BigDecimal other, BigDecimal loenloft) {
        FleksloentilskudResult calculate() {
            return Fleksloentilskud.calculate(new FleksloentilskudRequest(month, null, null, null, wage, other, loenloft,
                Map.of()), false);
        }

        Job plus(int kroner) {
            return new Job(month, wage.add(BigDecimal.valueOf(kroner)), other, loenloft);
        }
    }

    private static Job randomJob(SplittableRandom r) {
        YearMonth month = YearMonth.of(2013 + r.nextInt(14), 1 + r.nextInt(12));
        BigDecimal wage = BigDecimal.valueOf(r.nextInt(45_000));
        BigDecimal other = r.nextInt(4) == 0 ? BigDecimal.valueOf(r.nextInt(10_000)) : BigDecimal.ZERO;
        BigDecimal loenloft = BigDecimal.valueOf(15_000 + r.nextInt(40_000));
        return new Job(month, wage, other, loenloft);
    }

    @Test
    void subsidyIsNeverNegativeAndNeverAboveTheMaximum() {
        SplittableRandom r = new SplittableRandom(20240501L);
        for (int i = 0; i < RUNS; i++) {
            Job job = randomJob(r);
            FleksloentilskudResult res = job.calculate();
            assertThat(res.fleksloentilskud()).as(job.toString()).isBetween(BigDecimal.ZERO, res.maksimaltTilskud());
            assertThat(res.atpBidrag()).as(job.toString()).isBetween(BigDecimal.ZERO, new BigDecimal("500"));
        }
    }

    @Test
    void anExtraKroneOfWageNeverLowersTotalIncome() {
        SplittableRandom r = new SplittableRandom(1380L);
        for (int i = 0; i < RUNS; i++) {
            Job job = randomJob(r);
            assertThat(job.plus(1).calculate().samletIndkomst()).as(job.toString())
                .isGreaterThanOrEqualTo(job.calculate().samletIndkomst());
        }
    }

    @Test
    void belowTheKnaekThePersonKeeps70OereOfEachKroneAbove45() {
        // LAB § 123, stk. 2: 30 pct. reduction below the knæk, 55 pct. above; 100 kr. more wage → 70 / 45 kr. more in
        // total while the subsidy is positive and the lønloft does not bind (loft set high).
        SplittableRandom r = new SplittableRandom(123L);
        for (int i = 0; i < RUNS; i++) {
            Job job = randomJob(r);
            job = new Job(job.month(), job.wage(), BigDecimal.ZERO, new BigDecimal("100000"));
            FleksloentilskudResult before = job.calculate();
            FleksloentilskudResult after = job.plus(100).calculate();
            if (after.fleksloentilskud().signum() == 0) {
                continue;
            }
            BigDecimal gain = after.samletIndkomst().subtract(before.samletIndkomst());
            boolean belowKnaek = job.plus(100).wage().compareTo(before.knaek()) <= 0;
            boolean aboveKnaek = job.wage().compareTo(before.knaek()) >= 0;
            if (belowKnaek) {
                assertThat(gain).as(job.toString()).isEqualByComparingTo("70");
            } else if (aboveKnaek) {
                assertThat(gain).as(job.toString()).isEqualByComparingTo("45");
            }
        }
    }
}
