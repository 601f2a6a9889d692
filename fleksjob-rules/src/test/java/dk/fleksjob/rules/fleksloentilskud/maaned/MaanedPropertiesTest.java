package dk.fleksjob.rules.fleksloentilskud.maaned;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudSatser;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties as seeded random loops. */
class MaanedPropertiesTest {

    private static final Rates RATES = Rates.standard();

    private static BigDecimal kr(Random rnd, int max) {
        return BigDecimal.valueOf(rnd.nextInt(max * 100)).movePointLeft(2);
    }

    private static YearMonth month(Random rnd) {
        return YearMonth.of(2014 + rnd.nextInt(12), 1 + rnd.nextInt(12));
    }

    /** BEK § 3, stk. 4: a correction followed by its reversal nets to zero. */
    @Test
    void enKorrektionOgDensTilbagefoerselGiverNul() {
        Random rnd = new Random(4711);
        for (int i = 0; i < 200; i++) {
            YearMonth m = month(rnd);
            MaanedInput a = MaanedInput.of(m, LoenloftOplysning.fuldtid(kr(rnd, 40000)),
                Indtaegtslinje.loen(kr(rnd, 30000), BigDecimal.valueOf(rnd.nextInt(120))));
            MaanedInput b = a.withIndtaegter(List.of(Indtaegtslinje.loen(kr(rnd, 30000), BigDecimal.valueOf(60)),
                Indtaegtslinje.medDage(Indtaegtstype.SYGEDAGPENGE, kr(rnd, 8000), BigDecimal.valueOf(rnd.nextInt(10)))));
            EfterreguleringResultat forward = Efterregulering.calculate(a, b, null, false);
            EfterreguleringResultat back = Efterregulering.calculate(b, a, null, false);
            assertThat(forward.forskelTilskud().add(back.forskelTilskud())).isZero();
            assertThat(forward.forskelUdbetalt().add(back.forskelUdbetalt())).isZero();
            assertThat(forward.forskelTilskud()).isEqualByComparingTo(
                forward.korrigeret().fleksloentilskud().subtract(forward.oprindelig().fleksloentilskud()));
        }
    }

    /** BEK § 3, stk. 4: splitting a bonus never changes the year's total. */
    @Test
    void fordelingAfEnBonusAendrerAldrigAaretsTotal() {
        Random rnd = new Random(42);
        for (int i = 0; i < 500; i++) {
            BigDecimal amount = kr(rnd, 100000);
            YearMonth from = YearMonth.of(2014 + rnd.nextInt(9), 1 + rnd.nextInt(12));
            YearMonth to = from.plusMonths(rnd.nextInt(24));
            List<Bonusfordeling.Andel> shares = Bonusfordeling.fordel(amount, from, to);
            assertThat(shares.stream().map(Bonusfordeling.Andel::beloeb).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(amount);
            // The same through the month calculation: the share counted in each covered month plus the shares it
            // sends to other months is the whole bonus.
            YearMonth wageMonth = from.plusMonths(rnd.nextInt((int) java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1));
            MaanedResultat r = Maanedsberegning.calculate(MaanedInput.of(wageMonth.plusMonths(1), null,
                Indtaegtslinje.loen(BigDecimal.valueOf(5000), BigDecimal.TEN),
                Indtaegtslinje.bonus(amount, from, to)), RATES, false);
            BigDecimal counted = r.linjer().get(1).medregnet();
            BigDecimal elsewhere = r.bonusAndreMaaneder().stream().map(Bonusfordeling.Andel::beloeb)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(counted.add(elsewhere)).isEqualByComparingTo(amount);
        }
    }

    /** A month with only the fleksjob wage gives the same subsidy and ATP as the core rule (LAB § 123). */
    @Test
    void enMaanedMedKunLoenGiverSammeTilskudSomKernereglen() {
        Random rnd = new Random(7);
        for (int i = 0; i < 300; i++) {
            YearMonth m = month(rnd);
            BigDecimal wage = kr(rnd, 40000);
            BigDecimal loft = kr(rnd, 45000);
            MaanedResultat r = Maanedsberegning.calculate(MaanedInput.of(m, LoenloftOplysning.fuldtid(loft),
                Indtaegtslinje.loen(wage, BigDecimal.valueOf(80))), RATES, false);
            Fleksloentilskud.Amounts core = Fleksloentilskud.subsidy(
                FleksloentilskudSatser.forMonth(m, RATES, Explainer.off()), wage, BigDecimal.ZERO, loft, Explainer.off());
            assertThat(r.fleksloentilskud()).as(m + " " + wage + " " + loft).isEqualByComparingTo(core.tilskud());
            assertThat(r.atpBidrag()).isEqualByComparingTo(core.atp());
        }
    }

    /** More lønindtægt never gives a higher subsidy (30 / 55 pct. and the lønloft only reduce). */
    @Test
    void mereLoenGiverAldrigHoejereTilskud() {
        Random rnd = new Random(99);
        for (int i = 0; i < 300; i++) {
            YearMonth m = month(rnd);
            BigDecimal wage = kr(rnd, 40000);
            BigDecimal more = wage.add(kr(rnd, 5000));
            LoenloftOplysning loft = LoenloftOplysning.fuldtid(kr(rnd, 45000));
            BigDecimal low = Maanedsberegning.calculate(MaanedInput.of(m, loft, Indtaegtslinje.loen(wage, null)),
                RATES, false).fleksloentilskud();
            BigDecimal high = Maanedsberegning.calculate(MaanedInput.of(m, loft, Indtaegtslinje.loen(more, null)),
                RATES, false).fleksloentilskud();
            assertThat(high).isLessThanOrEqualTo(low);
        }
    }
}
