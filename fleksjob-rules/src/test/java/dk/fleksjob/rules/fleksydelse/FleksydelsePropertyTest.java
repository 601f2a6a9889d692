package dk.fleksjob.rules.fleksydelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random inputs: invariants that must hold for every person, year and month. */
class FleksydelsePropertyTest {

    private static final long SEED = 20260301L;
    private static final int RUNS = 400;

    @Test
    void invariantsHoldForRandomPersons() {
        Random rnd = new Random(SEED);
        for (int i = 0; i < RUNS; i++) {
            int year = 2013 + rnd.nextInt(14);
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(rnd.nextInt(365 * 15));
            FleksydelseRequest req = FleksydelseRequest.of(year, born)
                .withPensions(money(rnd, 200_000), money(rnd, 2_000_000), money(rnd, 1_000_000))
                .withWork(hours(rnd), money(rnd, 400), money(rnd, 60_000));
            String ctx = "kørsel " + i + ": " + req;
            FleksydelseResult r = Fleksydelse.calculate(req);
            FleksydelseResult quiet = Fleksydelse.calculate(req, false);

            assertThat(quiet.udbetalingMaaned()).as(ctx).isEqualByComparingTo(r.udbetalingMaaned());
            assertThat(quiet.forklaring().trin()).as(ctx).isEmpty();
            assertThat(r.procent()).as(ctx).isIn(new BigDecimal("91"), new BigDecimal("100"));
            // § 17 and § 25: yearly amounts are multiples of 12, so the month is whole kroner.
            assertThat(r.fleksydelseAar().remainder(BigDecimal.valueOf(12))).as(ctx).isZero();
            assertThat(r.fleksydelseEfterPensionAar().remainder(BigDecimal.valueOf(12))).as(ctx).isZero();
            assertThat(r.fleksydelseEfterPensionAar()).as(ctx).isLessThanOrEqualTo(r.fleksydelseAar().add(BigDecimal.valueOf(6)));
            assertThat(r.pensionsfradrag()).as(ctx).isNotNegative();
            // § 20: never more hours than worked (the lenient rule only lowers them), never more than the month.
            if (req.timer() != null && req.timer().compareTo(BigDecimal.valueOf(128)) <= 0) {
                assertThat(r.fradragTimer()).as(ctx).isLessThanOrEqualTo(req.timer().setScale(2, RoundingMode.HALF_UP));
            }
            assertThat(r.fradragArbejde()).as(ctx).isBetween(BigDecimal.ZERO, r.fleksydelseMaaned());
            assertThat(r.udbetalingMaaned()).as(ctx).isBetween(BigDecimal.ZERO, r.fleksydelseMaaned());
            // § 25, stk. 2: either nothing or at least 100 kr.
            assertThat(r.udbetalingMaaned().signum() == 0
                || r.udbetalingMaaned().compareTo(BigDecimal.valueOf(100)) >= 0).as(ctx).isTrue();

            // More pension savings never give more fleksydelse.
            FleksydelseResult richer = Fleksydelse.calculate(req.withPensions(req.livsvarigPension(),
                req.kapitalpension().add(BigDecimal.valueOf(100_000)), req.ratepension()), false);
            assertThat(richer.pensionsfradrag()).as(ctx).isGreaterThanOrEqualTo(r.pensionsfradrag());
            assertThat(richer.udbetalingMaaned()).as(ctx).isLessThanOrEqualTo(r.udbetalingMaaned());
            // More hours at the same wage never give more fleksydelse.
            FleksydelseResult more = Fleksydelse.calculate(req.withWork(req.timer().add(BigDecimal.TEN),
                req.timeloen(), req.tidligereArbejdsindtaegt()), false);
            assertThat(more.udbetalingMaaned()).as(ctx).isLessThanOrEqualTo(r.udbetalingMaaned());
        }
    }

    private static BigDecimal money(Random rnd, int max) {
        return BigDecimal.valueOf(rnd.nextInt(max + 1));
    }

    private static BigDecimal hours(Random rnd) {
        return BigDecimal.valueOf(1 + rnd.nextInt(14_000), 2);
    }
}
