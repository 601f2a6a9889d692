package dk.fleksjob.rules.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A month's rate is the value in force on its last day, looked up once and then given as it was. */
class RatesTest {

    @Test
    void theKnaekOfDecember2024Is16323KrAndTheSameValueEachTime() {
        // BEK om beregning af og fradrag i fleksløntilskud § 3, stk. 2: 16.323 kr. (2024-niveau); 16.911 kr. in 2025.
        Rates rates = Rates.standard();
        ParameterValue first = rates.forMonth("fleksloentilskud.knaek", YearMonth.of(2024, 12));
        ParameterValue again = rates.forMonth("fleksloentilskud.knaek", YearMonth.of(2024, 12));
        assertThat(first).isEqualTo(rates.at("fleksloentilskud.knaek", LocalDate.of(2024, 12, 31)));
        assertThat(again).isSameAs(first);
        assertThat(first.vaerdi()).isEqualByComparingTo("16323");
        assertThat(first.gyldigFra()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(first.gyldigTil()).isEqualTo(LocalDate.of(2024, 12, 31));
        // The next month is the next year's value, not the one looked up before.
        assertThat(rates.forMonth("fleksloentilskud.knaek", YearMonth.of(2025, 1)).vaerdi())
            .isEqualByComparingTo("16911");
    }

    @Test
    void aWhatIfOverrideIsGivenForEveryMonthAndTheStandardRatesAreUntouched() {
        Rates whatIf = Rates.withOverrides(Map.of("fleksloentilskud.knaek", new BigDecimal("20000")));
        assertThat(whatIf.forMonth("fleksloentilskud.knaek", YearMonth.of(2024, 12)).vaerdi())
            .isEqualByComparingTo("20000");
        assertThat(whatIf.forMonth("fleksloentilskud.knaek", YearMonth.of(2024, 12)).overridden()).isTrue();
        assertThat(Rates.standard().forMonth("fleksloentilskud.knaek", YearMonth.of(2024, 12)).overridden()).isFalse();
    }

    @Test
    void aMonthOutsideTheCoveredPeriodIsRefusedEachTimeItIsAskedFor() {
        Rates rates = Rates.standard();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> rates.forMonth("fleksloentilskud.knaek", YearMonth.of(2027, 1)))
                .isInstanceOf(ParameterNotCoveredException.class).hasMessageContaining("fleksloentilskud.knaek");
        }
    }
}
