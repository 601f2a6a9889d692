package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import java.util.List;

/**
 * Every field of one case form ({@link Forms}) or one case API request body ({@link ApiFields}) that cannot be used,
 * in the form's order: a page shows each by its field, the API lists them all in one answer.
 */
final class InvalidFields extends RuntimeException {

    private final transient List<InvalidInputException> errors;

    InvalidFields(List<InvalidInputException> errors) {
        super(errors.get(0).field() + ": " + errors.get(0).getMessage());
        this.errors = List.copyOf(errors);
    }

    List<InvalidInputException> errors() {
        return errors;
    }
}
