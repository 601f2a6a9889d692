package dk.fleksjob.cli;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.gammelordning.Broek;
import picocli.CommandLine;

/** --brok 1/2 or 2/3. */
final class BrokConverter implements CommandLine.ITypeConverter<Broek> {
    @Override
    public Broek convert(String value) {
        try {
            return Broek.parse(value);
        } catch (InvalidInputException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
