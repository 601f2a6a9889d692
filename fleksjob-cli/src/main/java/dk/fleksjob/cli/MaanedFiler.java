package dk.fleksjob.cli;

import dk.fleksjob.rules.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads an input file for {@code beregn maaned} and {@code kontroller}. The rules module parses the JSON itself (with
 * SnakeYAML, so the server and the CLI share one parser and one set of error messages); here a bad file becomes one
 * Danish line naming the file, the field path (e.g. {@code indtaegter[3].beloeb}) and the line.
 */
final class MaanedFiler {

    private MaanedFiler() {
    }

    static <T> T read(Path file, Function<String, T> parser) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliInputException("kan ikke læse filen " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        try {
            return parser.apply(text);
        } catch (InvalidInputException e) {
            throw inFile(file, e);
        }
    }

    /** A rules error about a field of the file, as one line naming the file and the field. */
    static CliInputException inFile(Path file, InvalidInputException e) {
        return new CliInputException("fejl i " + file.getFileName() + ", felt " + e.field() + ": " + e.getMessage());
    }
}
