package dk.fleksjob.benchmarks;

import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudResult;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudSatser;
import dk.fleksjob.rules.parameter.Rates;
import dk.fleksjob.rules.simulation.NationalYear;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calculations per second with and without the explanation tree, and the national year (110.000 persons × 12
 * months). Run: {@code java -jar fleksjob-benchmarks/target/benchmarks.jar}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FleksloentilskudBenchmark {

    private final Rates rates = Rates.standard();
    private FleksloentilskudSatser satser;
    private FleksloentilskudRequest star;
    private NationalYear.Person[] population;

    @Setup(Level.Trial)
    public void setUp() {
        satser = FleksloentilskudSatser.forMonth(YearMonth.of(2024, 5), rates, Explainer.off());
        star = FleksloentilskudRequest.hourly(YearMonth.of(2024, 5), new BigDecimal("200"), new BigDecimal("18"));
        population = NationalYear.population(110_000, 1, 2024, rates);
    }

    /** The core rule for one month, explanation off: what a bulk run pays per person-month. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Fleksloentilskud.Amounts subsidyWithoutExplanation() {
        return Fleksloentilskud.subsidy(satser, new BigDecimal("15600"), BigDecimal.ZERO, new BigDecimal("32067"),
            Explainer.off());
    }

    /** The core rule for one month with the explanation tree built. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object subsidyWithExplanation() {
        Explainer ex = Explainer.on("benchmark");
        Fleksloentilskud.subsidy(satser, new BigDecimal("15600"), BigDecimal.ZERO, new BigDecimal("32067"), ex);
        return ex.build();
    }

    /** The whole citizen calculation (rate lookups, hours → wage, lønloft), as the CLI and API run it. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public FleksloentilskudResult fullCalculationWithExplanation() {
        return Fleksloentilskud.calculate(star, rates, true);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public FleksloentilskudResult fullCalculationWithoutExplanation() {
        return Fleksloentilskud.calculate(star, rates, false);
    }

    /** 110.000 persons × 12 months, explanations off. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public NationalYear.Totals nationalYear() {
        return NationalYear.run(population, 2024, rates, false);
    }
}
