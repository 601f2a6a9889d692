package dk.fleksjob.cli;

import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.Rates;
import dk.fleksjob.rules.simulation.NationalYear;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fleksjob simuler}: a national year of fleksløntilskud for N synthetic persons. */
@Command(name = "simuler", mixinStandardHelpOptions = true,
    description = "Simulér et år med fleksløntilskud for N syntetiske personer (12 måneder hver) og vis totaler og tid.")
final class SimulerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--personer", defaultValue = "110000", description = "Antal personer (standard 110000).")
    int personer;

    @Option(names = "--aar", required = true, description = "Året (2013-2026).")
    int aar;

    @Option(names = "--seed", defaultValue = "1", description = "Frø for de syntetiske personer.")
    long seed;

    @Option(names = "--forklaring", description = "Byg også forklaringen for hver beregning.")
    boolean forklaring;

    @CommandLine.Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Rates rates = Rates.withOverrides(output.parametre);
        NationalYear.Person[] population = NationalYear.population(personer, seed, aar, rates);
        long start = System.nanoTime();
        NationalYear.Totals totals = NationalYear.run(population, aar, rates, forklaring);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            new Printer(out).json(new Object() {
                public final NationalYear.Totals resultat = totals;
                public final long millisekunder = elapsedMs;
            });
            return 0;
        }
        out.println("Simulering af " + aar + ": " + totals.persons() + " personer × 12 måneder = " + totals.months()
            + " beregninger" + (forklaring ? " med forklaring" : " uden forklaring"));
        out.println("  Løn fra arbejdsgivere i alt:  " + Kroner.format(totals.wages()));
        out.println("  Fleksløntilskud i alt:        " + Kroner.format(totals.subsidies()));
        out.println("  heraf personlige ATP-bidrag:  " + Kroner.format(totals.atp()));
        out.println("  Måneder uden tilskud:         " + totals.zeroSubsidyMonths());
        out.println("  Måneder ramt af lønloftet:    " + totals.cappedMonths());
        out.println("  Tid (uden JVM-opstart):       " + elapsedMs + " ms");
        out.flush();
        return 0;
    }
}
