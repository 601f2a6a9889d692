package dk.fleksjob.rules.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The loader refuses a parameter file with a value lacking a date, unit, source or derivation. */
class ParameterFileTest {

    private static final String HEAD = """
        id: test.sats
        name: Test
        description: En sats til test
        unit: kr/md
        legal_basis: {text: "LAB § 1", url: "https://example.org"}
        covered_until: 2026-12-31
        values:
        """;

    private static String value(String body) {
        return HEAD + body;
    }

    @Test
    void aCompleteFileLoads() {
        Parameter p = ParameterCatalog.parse(value("""
              - {from: 2013-01-01, value: 100, unit: kr/md, provenance: published, source: {title: T, url: "https://x"}}
              - {from: 2014-01-01, value: 102, unit: kr/md, provenance: derived, derivation: "100 × 1,02", source: {title: T, url: "https://x"}}
            """), "test");
        assertThat(p.vaerdier()).hasSize(2);
        assertThat(p.valueAt(java.time.LocalDate.of(2013, 12, 31)).vaerdi()).isEqualByComparingTo("100");
    }

    @Test
    void aValueWithoutSourceIsRefused() {
        assertThatThrownBy(() -> ParameterCatalog.parse(value("""
              - {from: 2013-01-01, value: 100, unit: kr/md, provenance: published}
            """), "test")).hasMessageContaining("source");
    }

    @Test
    void aValueWithoutDateIsRefused() {
        assertThatThrownBy(() -> ParameterCatalog.parse(value("""
              - {value: 100, unit: kr/md, provenance: published, source: {title: T, url: "https://x"}}
            """), "test")).hasMessageContaining("from");
    }

    @Test
    void aValueInAnotherUnitIsRefused() {
        assertThatThrownBy(() -> ParameterCatalog.parse(value("""
              - {from: 2013-01-01, value: 100, unit: kr/aar, provenance: published, source: {title: T, url: "https://x"}}
            """), "test")).hasMessageContaining("enheden");
    }

    @Test
    void aDerivedValueMustNameItsDerivation() {
        assertThatThrownBy(() -> ParameterCatalog.parse(value("""
              - {from: 2013-01-01, value: 100, unit: kr/md, provenance: derived, source: {title: T, url: "https://x"}}
            """), "test")).hasMessageContaining("derivation");
    }

    @Test
    void valuesOutOfDateOrderAreRefused() {
        assertThatThrownBy(() -> ParameterCatalog.parse(value("""
              - {from: 2014-01-01, value: 100, unit: kr/md, provenance: published, source: {title: T, url: "https://x"}}
              - {from: 2013-01-01, value: 100, unit: kr/md, provenance: published, source: {title: T, url: "https://x"}}
            """), "test")).hasMessageContaining("datoorden");
    }

    @Test
    void anUnknownProvenanceIsRefused() {
        assertThatThrownBy(() -> ParameterCatalog.parse(value("""
              - {from: 2013-01-01, value: 100, unit: kr/md, provenance: guessed, source: {title: T, url: "https://x"}}
            """), "test")).hasMessageContaining("proveniens");
    }
}
