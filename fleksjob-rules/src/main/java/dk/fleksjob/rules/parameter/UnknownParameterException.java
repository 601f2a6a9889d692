package dk.fleksjob.rules.parameter;

import dk.fleksjob.rules.InvalidInputException;

/** A parameter id that the catalogue does not hold. */
public class UnknownParameterException extends InvalidInputException {
    public UnknownParameterException(String id) {
        super("parameter", "ukendt parameter '" + id + "' (se listen med: fleksjob parametre)");
    }
}
