package dk.fleksjob.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process with captured output, for the thin CLI tests. */
final class CliRun {

    private CliRun() {
    }

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return Printer.JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FleksjobCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
