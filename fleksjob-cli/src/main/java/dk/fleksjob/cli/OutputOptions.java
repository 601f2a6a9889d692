package dk.fleksjob.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every calculation shares: JSON output and what-if parameter overrides. */
final class OutputOptions {

    @Option(names = "--json", description = "Udskriv resultatet som ét JSON-objekt.")
    boolean json;

    @Option(names = "--parameter", paramLabel = "ID=VÆRDI",
        description = "Hvad nu hvis: erstat en parameter i denne beregning, fx fleksloentilskud.knaek=20000. Kan gentages.")
    Map<String, BigDecimal> parametre = new LinkedHashMap<>();
}
