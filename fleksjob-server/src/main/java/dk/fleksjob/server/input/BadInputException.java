package dk.fleksjob.server.input;

import java.util.List;

/**
 * Input the server refuses before or while calculating, with every field error found. {@link #syntax()} tells a
 * request that could not be read (HTTP 400) from one that was read but cannot be calculated with (HTTP 422).
 */
public class BadInputException extends RuntimeException {

    private final boolean syntax;
    private final List<Problem> problems;

    /** A field problem before localisation: a message code with its arguments, or a rule's own Danish message. */
    public record Problem(String felt, String kode, Object[] args, String ruleMessage) {
        public static Problem of(String field, String code, Object... args) {
            return new Problem(field, code, args, null);
        }

        public static Problem rule(String field, String danishMessage) {
            return new Problem(field, "regel", new Object[0], danishMessage);
        }
    }

    public BadInputException(boolean syntax, List<Problem> problems) {
        super(problems.isEmpty() ? "bad input" : problems.get(0).felt() + ": " + problems.get(0).kode());
        this.syntax = syntax;
        this.problems = List.copyOf(problems);
    }

    public boolean syntax() {
        return syntax;
    }

    public List<Problem> problems() {
        return problems;
    }
}
