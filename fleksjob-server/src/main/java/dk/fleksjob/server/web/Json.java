package dk.fleksjob.server.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** JSON for a {@code <script type="application/json">} data island: safe to place inside the script element. */
@Component
public class Json {

    private final JsonMapper mapper;

    public Json(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public String forScript(Object value) {
        return mapper.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026");
    }
}
