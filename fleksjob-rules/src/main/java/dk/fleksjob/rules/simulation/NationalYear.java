package dk.fleksjob.rules.simulation;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudSatser;
import dk.fleksjob.rules.fleksloentilskud.Maanedsloen;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * A "national year": N synthetic persons in fleksjob × 12 months of fleksløntilskud, for analysts ("what does the
 * scheme cost at these rates?") and as the benchmark of the rules' speed. Persons are drawn from a seeded random
 * generator, so the same seed gives the same population and totals.
 */
public final class NationalYear {

    private NationalYear() {
    }

    /** One synthetic person: a job with weekly hours, intensity and hourly wage incl. pension, and other wage. */
    public record Person(BigDecimal monthlyWage, BigDecimal otherWage, BigDecimal loenloft) {
    }

    public record Totals(int persons, int year, long months, BigDecimal wages, BigDecimal subsidies, BigDecimal atp,
                         long zeroSubsidyMonths, long cappedMonths) {
    }

    /** The population for a year: the lønloft is the hourly wage × full time (the parameter of that year). */
    public static Person[] population(int persons, long seed, int year, Rates rates) {
        if (persons < 1) {
            throw new InvalidInputException("personer", "antal personer skal være mindst 1");
        }
        BigDecimal fullTime = rates.forMonth("faelles.fuldtid_timer_pr_uge", YearMonth.of(year, 12)).vaerdi();
        SplittableRandom random = new SplittableRandom(seed);
        Person[] out = new Person[persons];
        for (int i = 0; i < persons; i++) {
            // Hours 2–30 a week, intensity 30–100 pct., hourly wage 140–320 kr. incl. pension: the span of real jobs.
            BigDecimal hours = BigDecimal.valueOf(2 + random.nextInt(29));
            BigDecimal intensity = BigDecimal.valueOf(30 + random.nextInt(71)).movePointLeft(2);
            BigDecimal hourly = BigDecimal.valueOf(140 + random.nextInt(181));
            BigDecimal effective = hours.multiply(intensity);
            BigDecimal other = random.nextInt(10) == 0 ? BigDecimal.valueOf(random.nextInt(8000)) : BigDecimal.ZERO;
            out[i] = new Person(Maanedsloen.fromHourly(hourly, effective), other,
                Maanedsloen.fromHourly(hourly, fullTime));
        }
        return out;
    }

    /** Computes the 12 months of the year for every person, with explanations on or off. */
    public static Totals run(Person[] population, int year, Rates rates, boolean explain) {
        BigDecimal wages = BigDecimal.ZERO;
        BigDecimal subsidies = BigDecimal.ZERO;
        BigDecimal atp = BigDecimal.ZERO;
        long zero = 0;
        long capped = 0;
        for (int m = 1; m <= 12; m++) {
            FleksloentilskudSatser satser = FleksloentilskudSatser.forMonth(YearMonth.of(year, m), rates, Explainer.off());
            for (Person p : population) {
                Explainer ex = explain ? Explainer.on("") : Explainer.off();
                Fleksloentilskud.Amounts a = Fleksloentilskud.subsidy(satser, p.monthlyWage(), p.otherWage(),
                    p.loenloft(), ex);
                wages = wages.add(p.monthlyWage());
                subsidies = subsidies.add(a.tilskud());
                atp = atp.add(a.atp());
                if (a.tilskud().signum() == 0) {
                    zero++;
                }
                if (a.loenloftFradrag().signum() > 0) {
                    capped++;
                }
                if (explain) {
                    ex.build();
                }
            }
        }
        return new Totals(population.length, year, 12L * population.length, wages, subsidies, atp, zero, capped);
    }
}
