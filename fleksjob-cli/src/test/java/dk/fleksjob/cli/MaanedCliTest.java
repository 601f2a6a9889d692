package dk.fleksjob.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thin CLI checks: exit codes, a JSON field, an error line. */
class MaanedCliTest {

    private static final String MONTH = "../docs/maaned/eksempel-ferie-sygdom-bonus.json";
    private static final String STATEMENT = "../docs/maaned/afregning-eksempel.json";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return FleksjobCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void beregnMaanedSomJson() {
        assertThat(run("beregn", "maaned", "--fil", MONTH, "--json")).isZero();
        assertThat(out.toString()).contains("\"fleksloentilskud\" : 14246.00");
    }

    @Test
    void kontrollerFinderAfvigelser() {
        assertThat(run("kontroller", "--fil", MONTH, "--afregning", STATEMENT)).isEqualTo(KontrollerCommand.DEVIATES);
        assertThat(out.toString()).contains("linje 7").contains("6 linje(r) afviger");
    }

    @Test
    void fejlINavngiverFilLinjeOgFelt(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n \"maaned\": \"2025-07\",\n \"indtaegter\": [\n  {\"type\": \"loen\", \"beloeb\": \"x\"}\n ]\n}\n");
        assertThat(run("beregn", "maaned", "--fil", bad.toString())).isEqualTo(FleksjobCli.BAD_INPUT);
        assertThat(err.toString().strip())
            .isEqualTo("fleksjob: fejl i bad.json, felt indtaegter[1].beloeb: forventer et tal, fik 'x' (linje 4 i filen)");
    }
}
