package dk.fleksjob.server.api;

import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudResult;
import dk.fleksjob.server.input.Calculations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/beregninger/<emne>}: one calculation per CLI subcommand ({@code fleksjob beregn <emne>}), with
 * the same request and result records as the CLI's {@code --json}, the explanation tree in {@code forklaring}, and
 * what-if overrides in {@code parametre}. Bad input gives a problem (RFC 9457) with a field list; see
 * {@link ApiExceptionHandler}.
 *
 * <p>Adding a calculation is one method here: the rules' request record in, the rules' result record out, run
 * through {@link Calculations#run}.
 */
@RestController
@RequestMapping(path = "/api/v1/beregninger", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Beregninger", description = "Beregninger med forklaring; samme felter som CLI'ens --json.")
public class BeregningController {

    private final Calculations calculations;

    public BeregningController(Calculations calculations) {
        this.calculations = calculations;
    }

    @PostMapping(path = "/fleksloentilskud", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fleksløntilskud for en måned (LAB § 123)",
        description = "Som `fleksjob beregn fleksloentilskud --json`. `maaned` er måneden, tilskuddet er for; lønnen er "
            + "lønnen i måneden før. Angiv `timeloen` og `timer` (og evt. `intensitet`) eller `maanedsloen`.")
    public FleksloentilskudResult fleksloentilskud(@RequestBody FleksloentilskudRequest request) {
        return calculations.run(request, Fleksloentilskud::calculate);
    }
}
