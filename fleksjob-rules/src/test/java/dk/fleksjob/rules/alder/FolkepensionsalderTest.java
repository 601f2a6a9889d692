package dk.fleksjob.rules.alder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Flag;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lov om social pension § 1 a, stk. 1: every row edge, the day before and the day of. */
class FolkepensionsalderTest {

    @ParameterizedTest(name = "født {0}: {1} år + {2} md., nås {3}")
    @CsvSource({
        // nr. 1 / nr. 2: born before 1/1/1954 → 65; 31/12/1953 + 65 år = 31/12/2018
        "1953-12-31, 65, 0, 2018-12-31",
        "1954-01-01, 65, 6, 2019-07-01",   // 1/1/1954 + 65 år 6 md.
        // nr. 2 / nr. 3 at 30/6 – 1/7/1954
        "1954-06-30, 65, 6, 2019-12-30",
        "1954-07-01, 66, 0, 2020-07-01",
        // nr. 3 / nr. 4 at 31/12/1954 – 1/1/1955
        "1954-12-31, 66, 0, 2020-12-31",
        "1955-01-01, 66, 6, 2021-07-01",
        // nr. 4 / nr. 5 at 30/6 – 1/7/1955
        "1955-06-30, 66, 6, 2021-12-30",
        "1955-07-01, 67, 0, 2022-07-01",
        // nr. 5 / nr. 6 at 31/12/1962 – 1/1/1963 (lov 1810/2015: 68 år)
        "1962-12-31, 67, 0, 2029-12-31",
        "1963-01-01, 68, 0, 2031-01-01",
        // nr. 6 / nr. 7 at 31/12/1966 – 1/1/1967
        "1966-12-31, 68, 0, 2034-12-31",
        "1967-01-01, 69, 0, 2036-01-01",
        // nr. 7 / 70 år (L 149, 2024-25) at 31/12/1970 – 1/1/1971
        "1970-12-31, 69, 0, 2039-12-31",
        "1971-01-01, 70, 0, 2041-01-01",
        // far ends of the open rows
        "1930-06-15, 65, 0, 1995-06-15",
        "1999-04-20, 70, 0, 2069-04-20",
    })
    void ageAndDayAtEveryRowEdge(LocalDate born, int years, int months, LocalDate reached) {
        Aldersgraense a = Folkepensionsalder.forBirthDate(born);
        assertThat(a.aar()).isEqualTo(years);
        assertThat(a.maaneder()).isEqualTo(months);
        assertThat(a.dato()).isEqualTo(reached);
        assertThat(a.flag()).isNull();
        assertThat(a.kilde()).isNotNull();
    }

    @Test
    void theBirthdayItselfIsTheDayTheAgeIsReached() {
        Aldersgraense a = Folkepensionsalder.forBirthDate(LocalDate.of(1968, 3, 3));
        assertThat(a.dato()).isEqualTo(LocalDate.of(2037, 3, 3));
        assertThat(a.erNaaet(LocalDate.of(2037, 3, 2))).isFalse();
        assertThat(a.erNaaet(LocalDate.of(2037, 3, 3))).isTrue();
        assertThat(a.forklaring()).isEqualTo("Du er født 3. marts 1968. For personer født 1. januar 1967 – "
            + "31. december 1970 er folkepensionsalderen 69 år, og den når du 3. marts 2037.");
        assertThat(a.hjemmel().tekst()).isEqualTo("Pensionsloven § 1 a, stk. 1, nr. 7");
    }

    @Test
    void halfYearAgeIsWrittenWithAHalf() {
        assertThat(Folkepensionsalder.forBirthDate(LocalDate.of(1954, 3, 1)).tekst()).isEqualTo("65½ år");
        assertThat(Folkepensionsalder.forBirthDate(LocalDate.of(1953, 3, 1)).kohorte())
            .isEqualTo("født før 1. januar 1954");
        assertThat(Folkepensionsalder.forBirthDate(LocalDate.of(1980, 3, 1)).kohorte())
            .isEqualTo("født 1. januar 1971 eller senere");
    }

    @Test
    void bornOn29FebruaryReachesTheAgeOn28FebruaryAndIsFlagged() {
        // 29/2/1960 + 67 år: 2027 is no leap year → last day of February, flagged as unsettled
        Aldersgraense a = Folkepensionsalder.forBirthDate(LocalDate.of(1960, 2, 29));
        assertThat(a.dato()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(a.flag()).isNotNull();
        assertThat(a.flag().type()).isEqualTo(Flag.Type.UAFKLARET);
        assertThat(a.flag().tekst()).contains("1. marts 2027");
        // 29/2/1964 + 68 år = 29/2/2032 (a leap year): no flag
        assertThat(Folkepensionsalder.forBirthDate(LocalDate.of(1964, 2, 29)).flag()).isNull();
    }

    @Test
    void halfYearFromThe31stEndsOnTheLastDayOfTheMonth() {
        // 31/3/1954 + 65 år 6 md. = 30/9/2019 (September has 30 days)
        Aldersgraense a = Folkepensionsalder.forBirthDate(LocalDate.of(1954, 3, 31));
        assertThat(a.dato()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(a.flag()).isNotNull();
    }

    @Test
    void missingBirthDateIsBadInput() {
        assertThatThrownBy(() -> Folkepensionsalder.forBirthDate(null))
            .isInstanceOf(InvalidInputException.class)
            .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("foedselsdato");
    }
}
