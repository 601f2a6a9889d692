package dk.fleksjob.rules.parameter;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.money.DanishDates;
import java.time.LocalDate;

/** A lookup outside the period a parameter covers: never a silent zero. */
public class ParameterNotCoveredException extends InvalidInputException {

    private final String parameterId;
    private final LocalDate date;

    public ParameterNotCoveredException(Parameter parameter, LocalDate date) {
        super("maaned", "satsen " + parameter.id() + " kendes ikke for " + DanishDates.format(date)
            + " (dækket " + DanishDates.format(parameter.daekketFra()) + " til "
            + DanishDates.format(parameter.daekketTil()) + ")");
        this.parameterId = parameter.id();
        this.date = date;
    }

    public String parameterId() {
        return parameterId;
    }

    public LocalDate date() {
        return date;
    }
}
