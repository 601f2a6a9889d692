package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** CPR: ten digits, a real date with the century from the 7th digit; modulus 11 is not required (since 2007). */
class CprTest {

    @ParameterizedTest(name = "{0} → født {1}")
    @CsvSource({
        // 7th digit 0–3: 1900s whatever the year
        "0101900123, 1990-01-01",
        "3112993999, 1999-12-31",
        // 7th digit 4 and 9: 2000s for 00–36, 1900s for 37–99 (boundary pair 36/37)
        "0101364000, 2036-01-01",
        "0101374000, 1937-01-01",
        "0101369000, 2036-01-01",
        "0101379000, 1937-01-01",
        // 7th digit 5–8: 2000s for 00–57, 1800s for 58–99 (boundary pair 57/58)
        "0101575000, 2057-01-01",
        "0101585000, 1858-01-01",
        "0101578999, 2057-01-01",
        // 29 February exists in 2000 (7th digit 4 → 2000) but not in 1900 (7th digit 0)
        "2902004000, 2000-02-29",
        // with the hyphen
        "010190-0123, 1990-01-01"
    })
    void validNumbersAndTheirBirthDate(String cpr, LocalDate born) {
        assertThat(Cpr.of(cpr).birthDate()).isEqualTo(born);
    }

    @Test
    void modulus11IsNotRequired() {
        // 0101900123: weights 4,3,2,7,6,5,4,3,2,1 give 0+3+0+7+54+0+0+3+4+3 = 74, not divisible by 11
        assertThat(Cpr.isValid("0101900123")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2902000123", "3002904000", "0013901234", "3204901234", "000190123", "01019012345",
        "01019O1234", "", "  "})
    void invalidNumbersAreRefusedWithoutRepeatingThem(String cpr) {
        assertThatThrownBy(() -> Cpr.of(cpr)).isInstanceOf(InvalidInputException.class)
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("cpr"))
            .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("\\d{6}"));
    }

    @Test
    void shownMaskedEverywhereButValue() {
        Cpr cpr = Cpr.of("0101900123");
        assertThat(cpr.masked()).isEqualTo("010190-XXXX");
        assertThat(cpr.toString()).isEqualTo("010190-XXXX");
        assertThat(new Person(1, "0101", cpr, "A", 0).toString()).doesNotContain("0101900123");
        assertThat(cpr.value()).isEqualTo("0101900123");
    }

    @Test
    void redactMasksTenDigitRunsInFreeText() {
        assertThat(Redact.cpr("key (cpr)=(0101900123) and 010190-0123 but not 12345678"))
            .isEqualTo("key (cpr)=(010190-XXXX) and 010190-XXXX but not 12345678");
    }
}
