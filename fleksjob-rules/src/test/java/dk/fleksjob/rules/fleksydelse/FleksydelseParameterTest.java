package dk.fleksjob.rules.fleksydelse;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.rules.parameter.DatedValue;
import dk.fleksjob.rules.parameter.Parameter;
import dk.fleksjob.rules.parameter.ParameterCatalog;
import dk.fleksjob.rules.parameter.Provenance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fleksydelse parameters cover 2013-2026, and every derived yearly amount follows its regulation rule. */
class FleksydelseParameterTest {

    /** Satsreguleringsprocent per finansår (rates-official-additions §1.4; the BEKs are named in the YAML files). */
    private static final Map<Integer, String> SATSREGULERING = Map.ofEntries(Map.entry(2013, "1.6"),
        Map.entry(2014, "1.8"), Map.entry(2015, "1.5"), Map.entry(2016, "1.4"), Map.entry(2017, "2.0"),
        Map.entry(2018, "2.0"), Map.entry(2019, "2.0"), Map.entry(2020, "2.0"), Map.entry(2021, "2.0"),
        Map.entry(2022, "1.2"), Map.entry(2023, "2.7"), Map.entry(2024, "3.2"), Map.entry(2025, "3.6"),
        Map.entry(2026, "4.5"));

    private final ParameterCatalog catalog = ParameterCatalog.standard();

    @Test
    void everyFleksydelseParameterCovers2013To2026() {
        for (Parameter p : catalog.all()) {
            if (p.id().startsWith("fleksydelse.") || p.id().startsWith("sygedagpenge.")) {
                assertThat(p.covers(LocalDate.of(2013, 1, 1))).as(p.id()).isTrue();
                assertThat(p.covers(LocalDate.of(2026, 12, 31))).as(p.id()).isTrue();
            }
        }
    }

    // LFY § 18, stk. 13: regulated with the satsreguleringsprocent, rounded to a multiple of 100.
    @Test
    void bundfradragFollowsTheRegulationChainEveryYear() {
        checkChain("fleksydelse.pension_bundfradrag", BigDecimal.valueOf(100));
    }

    // LFY § 20, stk. 3: regulated with the satsreguleringsprocent, rounded to whole kroner.
    @Test
    void lempeligtFradragFollowsTheRegulationChainEveryYear() {
        checkChain("fleksydelse.lempeligt_fradrag", BigDecimal.ONE);
    }

    private void checkChain(String id, BigDecimal unit) {
        Parameter p = catalog.get(id);
        BigDecimal previous = null;
        for (int year = 2013; year <= 2026; year++) {
            DatedValue v = p.valueAt(LocalDate.of(year, 6, 30));
            if (previous != null) {
                BigDecimal factor = BigDecimal.ONE.add(new BigDecimal(SATSREGULERING.get(year)).movePointLeft(2));
                BigDecimal expected = previous.multiply(factor).divide(unit, 0, RoundingMode.HALF_UP).multiply(unit);
                assertThat(v.vaerdi()).as(id + " " + year + " (" + v.proveniens() + ")").isEqualByComparingTo(expected);
            }
            if (v.proveniens() == Provenance.DERIVED) {
                assertThat(v.afledning()).as(id + " " + year).isNotBlank();
            }
            previous = v.vaerdi();
        }
    }

    // Sygedagpengeloven: regulated each first Monday of January with 1,7 + tilpasningsprocent (minus 0,75 in
    // 2020-2023), rounded to a multiple of 5. Checked where both years are known and for the derived 2025-2026.
    @Test
    void derivedSygedagpengeAmountsFollowTheRegulationRule() {
        Parameter p = catalog.get("sygedagpenge.hoejeste_ugebeloeb");
        assertThat(regulate(p, 2022, "0.15")).isEqualByComparingTo(value(p, 2022));
        assertThat(regulate(p, 2023, "1.95")).isEqualByComparingTo(value(p, 2023));
        assertThat(regulate(p, 2024, "3.2")).isEqualByComparingTo(value(p, 2024));
        assertThat(regulate(p, 2025, "3.6")).isEqualByComparingTo(value(p, 2025));
        assertThat(regulate(p, 2026, "4.5")).isEqualByComparingTo(value(p, 2026));
    }

    private static BigDecimal value(Parameter p, int year) {
        return p.valueAt(LocalDate.of(year, 1, 31)).vaerdi();
    }

    private static BigDecimal regulate(Parameter p, int year, String pct) {
        BigDecimal five = BigDecimal.valueOf(5);
        return value(p, year - 1).multiply(BigDecimal.ONE.add(new BigDecimal(pct).movePointLeft(2)))
            .divide(five, 0, RoundingMode.HALF_UP).multiply(five);
    }
}
