package dk.fleksjob.rules.alder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AldersTabelTest {

    private static final String ROW = """
          - born_from: %s
            born_to: %s
            years: 65
            months: 0
            legal: {law: PENSION, paragraph: "1 a", stk: 1}
            provenance: published
            source: {title: t, url: u}
        """;

    private static String table(String... rows) {
        return "id: x\nlegal_basis: {text: t, url: u}\nrows:\n" + String.join("", rows);
    }

    @Test
    void shippedTablesLoadWithEveryRowSourced() {
        for (String name : new String[] {"folkepensionsalder", "fleksydelsesalder"}) {
            AldersTabel t = AldersTabel.load(name);
            assertThat(t.rows()).allSatisfy(r -> assertThat(r.kilde().url()).startsWith("http"));
        }
        assertThat(AldersTabel.load("folkepensionsalder").rows()).hasSize(8);
        assertThat(AldersTabel.load("fleksydelsesalder").rows()).hasSize(10);
    }

    @Test
    void aGapBetweenRowsIsRefused() {
        String yaml = table(ROW.formatted("null", "1953-12-31"), ROW.formatted("1954-01-02", "null"));
        assertThatThrownBy(() -> AldersTabel.parse(yaml, "test")).hasMessageContaining("hul eller overlap");
    }

    @Test
    void aClosedFirstRowIsRefused() {
        String yaml = table(ROW.formatted("1950-01-01", "null"));
        assertThatThrownBy(() -> AldersTabel.parse(yaml, "test")).hasMessageContaining("åben");
    }

    @Test
    void aContiguousTableLoads() {
        String yaml = table(ROW.formatted("null", "1953-12-31"), ROW.formatted("1954-01-01", "null"));
        assertThat(AldersTabel.parse(yaml, "test").rows()).hasSize(2);
    }
}
