package dk.fleksjob.server.api;

import dk.fleksjob.rules.parameter.Parameter;
import dk.fleksjob.rules.parameter.ParameterCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/parametre}: every legal parameter with all its dated values, each with its provenance and source
 * (the same records as {@code fleksjob parametre --id ID --json}).
 */
@RestController
@RequestMapping(path = "/api/v1/parametre", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Parametre", description = "Satser og beløbsgrænser med datoer, proveniens og kilder.")
public class ParameterController {

    @GetMapping
    @Operation(summary = "Alle parametre med alle daterede værdier")
    public List<Parameter> all() {
        return List.copyOf(ParameterCatalog.standard().all());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Én parameter med alle daterede værdier")
    public Parameter one(@PathVariable("id") String id) {
        return ParameterCatalog.standard().get(id);
    }
}
