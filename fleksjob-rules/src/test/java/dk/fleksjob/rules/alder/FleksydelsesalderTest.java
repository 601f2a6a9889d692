package dk.fleksjob.rules.alder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lov om fleksydelse § 1 a: every row edge, the day before and the day of. */
class FleksydelsesalderTest {

    @ParameterizedTest(name = "født {0}: {1} år + {2} md., nås {3}")
    @CsvSource({
        "1953-12-31, 60, 0, 2013-12-31",   // stk. 1
        "1954-01-01, 60, 6, 2014-07-01",   // stk. 2 nr. 1
        "1954-06-30, 60, 6, 2014-12-30",
        "1954-07-01, 61, 0, 2015-07-01",   // nr. 2
        "1954-12-31, 61, 0, 2015-12-31",
        "1955-01-01, 61, 6, 2016-07-01",   // nr. 3
        "1955-06-30, 61, 6, 2016-12-30",
        "1955-07-01, 62, 0, 2017-07-01",   // nr. 4
        "1955-12-31, 62, 0, 2017-12-31",
        "1956-01-01, 62, 6, 2018-07-01",   // nr. 5
        "1956-06-30, 62, 6, 2018-12-30",
        "1956-07-01, 63, 0, 2019-07-01",   // nr. 6
        "1958-12-31, 63, 0, 2021-12-31",
        "1959-01-01, 63, 6, 2022-07-01",   // nr. 7
        "1959-06-30, 63, 6, 2022-12-30",
        "1959-07-01, 64, 0, 2023-07-01",   // nr. 8
        "1962-12-31, 64, 0, 2026-12-31",
        // stk. 3: 3 år før folkepensionsalderen (68 → 65, 69 → 66, 70 → 67)
        "1963-01-01, 65, 0, 2028-01-01",
        "1966-12-31, 65, 0, 2031-12-31",
        "1967-01-01, 66, 0, 2033-01-01",
        "1970-12-31, 66, 0, 2036-12-31",
        "1971-01-01, 67, 0, 2038-01-01",
        "1985-08-09, 67, 0, 2052-08-09",
    })
    void ageAndDayAtEveryRowEdge(LocalDate born, int years, int months, LocalDate reached) {
        Aldersgraense a = Fleksydelsesalder.forBirthDate(born);
        assertThat(a.aar()).isEqualTo(years);
        assertThat(a.maaneder()).isEqualTo(months);
        assertThat(a.dato()).isEqualTo(reached);
    }

    @Test
    void from1963TheCohortIsTheFolkepensionCohort() {
        Aldersgraense a = Fleksydelsesalder.forBirthDate(LocalDate.of(1968, 5, 2));
        assertThat(a.kohorte()).isEqualTo("født 1. januar 1967 – 31. december 1970");
        assertThat(a.hjemmel().tekst()).isEqualTo("LFY § 1 a, stk. 3");
        assertThat(a.note()).contains("69 år").contains("3 år før");
    }

    @Test
    void propertyFrom1963AlwaysThreeYearsBeforeFolkepension() {
        Random random = new Random(20250514L);
        LocalDate first = LocalDate.of(1963, 1, 1);
        for (int i = 0; i < 2000; i++) {
            LocalDate born = first.plusDays(random.nextInt(365 * 40));
            Aldersgraense fy = Fleksydelsesalder.forBirthDate(born);
            Aldersgraense fp = Folkepensionsalder.forBirthDate(born);
            assertThat(fp.alderIMaaneder() - fy.alderIMaaneder()).as("født %s", born).isEqualTo(36);
            assertThat(fy.dato()).isBefore(fp.dato());
        }
    }

    @Test
    void propertyNeverBeforeSixtyAndNeverAtOrAfterFolkepension() {
        Random random = new Random(7L);
        LocalDate first = LocalDate.of(1940, 1, 1);
        for (int i = 0; i < 2000; i++) {
            LocalDate born = first.plusDays(random.nextInt(365 * 60));
            Aldersgraense fy = Fleksydelsesalder.forBirthDate(born);
            assertThat(fy.aar()).as("født %s", born).isBetween(60, 67);
            assertThat(fy.dato()).isBefore(Folkepensionsalder.forBirthDate(born).dato());
        }
    }
}
