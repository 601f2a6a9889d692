package dk.fleksjob.cli;

/** Bad input found by the CLI itself (a file, a combination of options); exit code 2. */
public class CliInputException extends RuntimeException {
    public CliInputException(String message) {
        super(message);
    }
}
