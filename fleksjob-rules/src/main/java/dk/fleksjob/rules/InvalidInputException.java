package dk.fleksjob.rules;

/**
 * Input the rules cannot compute with. The message is Danish and meant for the user; {@link #field()} names
 * the input field (as in the JSON request and the CLI option) it concerns.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
