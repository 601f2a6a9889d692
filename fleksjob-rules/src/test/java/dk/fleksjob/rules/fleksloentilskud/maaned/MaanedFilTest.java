package dk.fleksjob.rules.fleksloentilskud.maaned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Flag;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The month file: exact amounts, and errors that name the line and the field. */
class MaanedFilTest {

    @Test
    void beloebLaesesPraecistSomSkrevet() {
        MaanedInput in = MaanedFil.read("{\"maaned\": \"2025-07\", \"indtaegter\": [{\"type\": \"loen\", "
            + "\"beloeb\": 12345.67, \"timer\": 38.99}]}");
        assertThat(in.maaned()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(in.indtaegter().get(0).beloeb()).isEqualTo(new BigDecimal("12345.67"));
        assertThat(in.indtaegter().get(0).timer()).isEqualTo(new BigDecimal("38.99"));
    }

    @Test
    void fejlINavngiverLinjeOgFelt() {
        String json = """
            {
              "maaned": "2025-07",
              "indtaegter": [
                { "type": "loen", "beloeb": 1000 },
                { "type": "loen", "beloeb": "tusind" }
              ]
            }
            """;
        assertThatThrownBy(() -> MaanedFil.read(json))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("linje 5")
            .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("indtaegter[2].beloeb");
    }

    @Test
    void ukendtTypeOgUkendtFeltAfvises() {
        assertThatThrownBy(() -> MaanedFil.read("{\"maaned\": \"2025-07\", \"indtaegter\": [{\"type\": \"lotto\"}]}"))
            .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("indtaegter[1].type");
        assertThatThrownBy(() -> MaanedFil.read("{\"maaned\": \"2025-07\", \"beloeb\": 1}"))
            .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("beloeb");
    }

    @Test
    void beregningsfejlNavngiverIndtaegtslinjen() {
        MaanedInput in = MaanedFil.read("{\"maaned\": \"2025-07\", \"indtaegter\": [{\"type\": \"loen\", \"beloeb\": 1},"
            + "{\"type\": \"feriegodtgoerelse_feriekonto\", \"beloeb\": 5000}]}");
        assertThatThrownBy(() -> Maanedsberegning.calculate(in))
            .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("indtaegter[2].dage");
    }

    /** The done-when: a month with holiday, a sick week and a bonus from one JSON file. */
    @Test
    void eksempelfilenMedFerieSygdomOgBonusKanBeregnes() throws IOException {
        MaanedResultat r = Maanedsberegning.calculate(MaanedFil.read(
            Files.readString(Path.of("../docs/maaned/eksempel-ferie-sygdom-bonus.json"))));
        // 9.000 + 720 + 360 + 1.000 ferietillæg + 1.000 Feriekonto (5/25 of 5.000) + 1.000 bonus (6.000 / 6) = 13.080;
        // 20.670 − 0,30 × 13.080 − 2.500 sygedagpenge = 14.246.
        assertThat(r.samletLoenindtaegt()).isEqualByComparingTo("13080");
        assertThat(r.fleksloentilskud()).isEqualByComparingTo("14246");
        assertThat(r.ikkeFradrag()).isEqualByComparingTo("775");
        assertThat(r.bonusAndreMaaneder()).hasSize(5);
        assertThat(r.forklaring().allFlags()).anyMatch(f -> f.type() == Flag.Type.SKAL_AFKLARES);
        assertThat(r.forklaring().trin()).allMatch(s -> s.tekst() != null && !s.tekst().isBlank());
    }

    @Test
    void hvertTrinMedBeloebNavngiverSinHjemmel() throws IOException {
        MaanedResultat r = Maanedsberegning.calculate(MaanedFil.read(
            Files.readString(Path.of("../docs/maaned/eksempel-ferie-sygdom-bonus.json"))));
        assertThat(r.forklaring().trin()).filteredOn(s -> !s.id().equals("samletIndkomst"))
            .allMatch(s -> !s.hjemmel().isEmpty(), "har hjemmel");
    }
}
