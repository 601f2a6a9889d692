package dk.fleksjob.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.store.Bevilling;
import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.Cvr;
import dk.fleksjob.store.Employment;
import dk.fleksjob.store.FleksjobStore;
import dk.fleksjob.store.Person;
import dk.fleksjob.store.StoreConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thin: exit codes, the report's counts, the rejection lines. */
class UdbetalCommandTest {

    @TempDir
    Path dir;

    @Test
    void paysOnceAndReportsRejectedFilesLineByLine() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("fleksjob").toAbsolutePath();
        FleksjobStore store = FleksjobStore.open(new StoreConfig(url, "sa", ""));
        Caseworker sb = new Caseworker("sb1", "0101");
        Person p = store.cases().createPerson(sb, "0101900123", "Anna");
        store.cases().addBevilling(sb, p.id(), Bevilling.Type.MIDLERTIDIG, LocalDate.of(2023, 1, 1), null);
        store.cases().addEmployment(sb, p.id(), new Employment.Terms(new Cvr("12345678"), LocalDate.of(2024, 1, 1),
            null, new BigDecimal("18"), BigDecimal.ONE, new BigDecimal("190.48"), new BigDecimal("5"),
            new BigDecimal("32067")));
        Path good = dir.resolve("maj.csv");
        Files.writeString(good, "cpr;cvr;indkomstmaaned;loen;pension_ansat;pension_arbejdsgiver;timer\n"
            + "0101900123;12345678;2024-04;14000;400;1200;78\n", StandardCharsets.UTF_8);

        CliRun.Run first = CliRun.run("udbetal", "--maaned", "2024-05", "--indkomst", good.toString(),
            "--database", url, "--bruger", "test");
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("Nye ordinære udbetalinger: 1").contains("Udbetales i denne kørsel: 14.772,00 kr.");

        CliRun.Run again = CliRun.run("udbetal", "--maaned", "2024-05", "--indkomst", good.toString(),
            "--database", url);
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("allerede importeret").contains("Nye ordinære udbetalinger: 0")
            .contains("Uændrede (allerede beregnet på samme grundlag): 1");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "cpr;cvr;indkomstmaaned;loen;pension_ansat;pension_arbejdsgiver;timer\n"
            + "3002900123;12345678;2024-04;14000;400;1200;78\n", StandardCharsets.UTF_8);
        CliRun.Run rejected = CliRun.run("udbetal", "--maaned", "2024-05", "--indkomst",
            bad.toString(), "--database", url);
        assertThat(rejected.code()).isEqualTo(2);
        assertThat(rejected.err()).contains("intet er importeret").contains("linje 2, cpr:")
            .doesNotContain("3002900123");
    }

    @Test
    void aMissingFileIsOneDanishLine() {
        CliRun.Run r = CliRun.run("udbetal", "--maaned", "2024-05", "--indkomst",
            dir.resolve("findes-ikke.csv").toString(), "--database", "jdbc:h2:mem:x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("fleksjob: kan ikke læse indkomstfilen");
    }
}
