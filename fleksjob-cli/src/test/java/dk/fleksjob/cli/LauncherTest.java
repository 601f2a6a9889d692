package dk.fleksjob.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The launcher at the repository root ({@code ./fleksjob}): the CLI's batches get the quick compiler and the
 * throughput collector, the server ({@code ./fleksjob server}) keeps both compilers and G1 (docs/benchmarks.md,
 * "Store").
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    @Test
    void theCliRunsWithTheQuickCompilerAndTheThroughputCollector() throws Exception {
        List<String> options = options();

        assertThat(options).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:MetaspaceSize=64m");
    }

    @Test
    void theServerKeepsBothCompilersAndG1() throws Exception {
        List<String> options = options("server");

        assertThat(options).contains("-XX:MetaspaceSize=64m")
            .noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel") || o.equals("-XX:+UseParallelGC")
                || o.startsWith("-Xmn") || o.contains("AdaptiveSizePolicy") || o.contains("TenuringThreshold"));
    }

    private static List<String> options(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("..", "fleksjob").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("FLEKSJOB_PRINT_JVM_OPTIONS", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).isZero();
        return List.of(out.split("\\s+"));
    }
}
