package dk.fleksjob.server.input;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.fleksloentilskud.maaned.JsonFil;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies in the CLI's file formats (the month file of {@code beregn maaned}, the statement of
 * {@code kontroller}): read by the rules module's own parser ({@link JsonFil}), so the API and the CLI accept the same
 * files with the same messages. The body is first checked to be one JSON object with the server's JSON parser, so
 * malformed JSON is a 400 like everywhere else in the API and only plain JSON (no YAML) reaches the rules' parser.
 */
@Component
public class FileBodies {

    private final JsonMapper json;

    public FileBodies(JsonMapper json) {
        this.json = json;
    }

    /** The body read by {@code reader}; bad JSON throws a 400 problem, a rule's refusal a 422 naming the field. */
    public <T> T read(String body, Function<JsonFil.Obj, T> reader) {
        if (body == null || body.isBlank()) {
            throw new BadInputException(true, List.of(BadInputException.Problem.of("", "ugyldig-json")));
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException e) {
            throw InputProblems.fromJackson(e);
        }
        if (tree == null || !tree.isObject()) {
            throw new BadInputException(true, List.of(BadInputException.Problem.of("", "forkert-type", "type.objekt")));
        }
        try {
            return reader.apply(JsonFil.parse(body));
        } catch (InvalidInputException e) {
            throw InputProblems.fromRule(e);
        }
    }
}
