package dk.fleksjob.server.sager;

import dk.fleksjob.rules.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every field of one case form ({@link Forms}) or one case API request body ({@link ApiFields}) that
 * cannot be used, so that one answer shows them all ({@link InvalidFields}).
 */
abstract class FieldChecks {

    private final List<InvalidInputException> errors = new ArrayList<>();

    /** Throws {@link InvalidFields} if any field could not be used; else nothing. */
    void done() {
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
    }

    /** A field that cannot be used, found by the caller. */
    void add(InvalidInputException e) {
        errors.add(e);
    }

    /** A value made by a check that throws {@link InvalidInputException} (e.g. {@code Cvr.of}); null if it threw. */
    <T> T check(Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            errors.add(e);
            return null;
        }
    }
}
