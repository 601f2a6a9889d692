package dk.fleksjob.server.input;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.parameter.ParameterCatalog;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs any calculation of the rules library for the API and the pages alike: checks the request's bounds, runs the
 * calculation, and turns a rule's refusal into field problems. Also binds a page's form fields to the same request
 * record the API reads from JSON, so a page and the API can never disagree about the inputs.
 */
@Component
public class Calculations {

    /** Form and query field for a what-if override: {@code parametre[fleksloentilskud.knaek]=20000}. */
    private static final Pattern OVERRIDE_FIELD = Pattern.compile("parametre\\[(.+)]");
    private static final Pattern DANISH_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    private final JsonMapper json;

    public Calculations(JsonMapper json) {
        this.json = json;
    }

    /** Checks the request and runs the calculation; bad input throws {@link BadInputException}. */
    public <Q extends Record, R> R run(Q request, Function<Q, R> calculation) {
        if (request == null) {
            throw new BadInputException(true, List.of(BadInputException.Problem.of("", "ugyldig-json")));
        }
        InputLimits.check(request, ParameterCatalog.standard());
        try {
            return calculation.apply(request);
        } catch (InvalidInputException e) {
            throw InputProblems.fromRule(e);
        }
    }

    /** The form as the user typed it: every record field (and override) with a non-blank value. */
    public Map<String, String> form(Map<String, String[]> params, Class<? extends Record> type) {
        Map<String, String> form = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String[] v = params.get(c.getName());
            if (v != null && v.length > 0 && !v[0].isBlank()) {
                form.put(c.getName(), v[0].strip());
            }
        }
        params.forEach((name, v) -> {
            if (OVERRIDE_FIELD.matcher(name).matches() && v.length > 0 && !v[0].isBlank()) {
                form.put(name, v[0].strip());
            }
        });
        return form;
    }

    /**
     * The request record from a page's form, with numbers as a Dane writes them (200,50 or 1.234,50) accepted.
     * Problems are thrown together as one {@link BadInputException}.
     */
    public <Q extends Record> Q bind(Map<String, String> form, Class<Q> type) {
        ObjectNode node = json.createObjectNode();
        List<BadInputException.Problem> problems = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String name = c.getName();
            if (Map.class.isAssignableFrom(c.getType())) {
                ObjectNode map = node.putObject(name);
                form.forEach((field, value) -> {
                    var m = OVERRIDE_FIELD.matcher(field);
                    if (m.matches()) {
                        putNumber(map, m.group(1), name + "." + m.group(1), value, problems);
                    }
                });
                continue;
            }
            String value = form.get(name);
            if (value == null) {
                continue;
            }
            if (c.getType() == BigDecimal.class) {
                putNumber(node, name, name, value, problems);
            } else {
                node.put(name, value);
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(true, problems);
        }
        try {
            return json.treeToValue(node, type);
        } catch (JacksonException e) {
            throw InputProblems.fromJackson(e);
        }
    }

    private static void putNumber(ObjectNode node, String key, String field, String text,
                                  List<BadInputException.Problem> problems) {
        String t = text.replace(" ", "").replace("\u00a0", "");
        if (DANISH_THOUSANDS.matcher(t).matches()) {
            t = t.replace(".", "").replace(',', '.');
        } else if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        if (t.length() > 40) {
            problems.add(BadInputException.Problem.of(field, "for-stor", "1.000.000.000"));
            return;
        }
        try {
            node.put(key, new BigDecimal(t));
        } catch (NumberFormatException e) {
            problems.add(BadInputException.Problem.of(field, "forkert-type", "type.tal"));
        }
    }
}
