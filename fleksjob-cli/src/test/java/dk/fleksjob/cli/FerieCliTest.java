package dk.fleksjob.cli;

import static dk.fleksjob.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.cli.CliRun.Run;
import org.junit.jupiter.api.Test;

class FerieCliTest {

    @Test
    void mondayOffForMondayWednesdayWorkerUsesTwoDays() throws Exception {
        Run r = run("beregn", "ferie", "--arbejdsdage", "man,ons", "--feriedag",
            "2024-06-03", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("brugteFeriedage").asInt()).isEqualTo(2);
    }

    @Test
    void aWeekendDayIsRefusedWithExitCode2() {
        Run r = run("beregn", "ferie", "--arbejdsdage", "man,lør");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--arbejdsdage");
    }
}
