package dk.fleksjob.rules.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue test: every value has a source and a provenance, units match, every timeline covers its period
 * without a gap, and a lookup outside the covered period throws.
 */
class ParameterCatalogTest {

    private static final LocalDate FIRST = LocalDate.of(2013, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);
    private final ParameterCatalog catalog = ParameterCatalog.standard();

    @Test
    void everyValueHasASourceWithTitleAndUrlAndAProvenance() {
        assertThat(catalog.all()).isNotEmpty();
        for (Parameter p : catalog.all()) {
            for (DatedValue v : p.vaerdier()) {
                assertThat(v.kilde().titel()).as(p.id() + " " + v.fra()).isNotBlank();
                assertThat(v.kilde().url()).as(p.id() + " " + v.fra()).startsWith("http");
                assertThat(v.proveniens()).as(p.id() + " " + v.fra()).isNotEqualTo(Provenance.OVERRIDE);
                if (v.proveniens() == Provenance.DERIVED) {
                    assertThat(v.afledning()).as(p.id() + " " + v.fra() + " names its derivation").isNotBlank();
                }
            }
            assertThat(p.hjemmel()).as(p.id()).isNotBlank();
            assertThat(p.hjemmelUrl()).as(p.id()).startsWith("http");
        }
    }

    @Test
    void unitsOfEveryValueMatchTheParameter() {
        for (Parameter p : catalog.all()) {
            assertThat(p.vaerdier()).as(p.id()).allMatch(v -> v.enhed() == p.enhed());
        }
    }

    @Test
    void everyDayOfEveryTimelineHasExactlyOneValue() {
        for (Parameter p : catalog.all()) {
            for (LocalDate d = p.daekketFra(); !d.isAfter(p.daekketTil()); d = d.plusDays(1)) {
                DatedValue v = p.valueAt(d);
                assertThat(v.fra()).as(p.id() + " on " + d).isBeforeOrEqualTo(d);
                assertThat(p.validTo(v)).as(p.id() + " on " + d).isAfterOrEqualTo(d);
            }
        }
    }

    @Test
    void theFleksloentilskudParametersCover2013To2026WithoutAGap() {
        List<String> wholePeriod = List.of("fleksloentilskud.maksimum_procent", "fleksloentilskud.knaek",
            "fleksloentilskud.nedsaettelse_under_knaek", "fleksloentilskud.nedsaettelse_over_knaek",
            "fleksloentilskud.atp_procent", "fleksloentilskud.atp_maksimum", "faelles.fuldtid_timer_pr_uge");
        for (String id : wholePeriod) {
            Parameter p = catalog.get(id);
            assertThat(p.daekketFra()).as(id).isBeforeOrEqualTo(FIRST);
            assertThat(p.daekketTil()).as(id).isAfterOrEqualTo(LAST);
        }
    }

    @Test
    void everyParameterCovers2013To2026ExceptTheWeeklyEraAndItsMonthlySuccessor() {
        // The weekly dagpenge system ended 30 June 2017; those parameters end there and the monthly maximum takes
        // over the next day (checked below). Every other parameter covers the whole period.
        List<String> weeklyEra = List.of("dagpenge.hoejeste_ugebeloeb", "fleksloentilskud.uge_til_maaned_faktor",
            "ledighedsydelse.uge_til_maaned_faktor");
        for (Parameter p : catalog.all()) {
            if (weeklyEra.contains(p.id())) {
                assertThat(p.daekketFra()).as(p.id()).isBeforeOrEqualTo(FIRST);
                assertThat(p.daekketTil()).as(p.id()).isEqualTo(LocalDate.of(2017, 6, 30));
            } else if (p.id().equals("dagpenge.hoejeste_maanedsbeloeb")) {
                assertThat(p.daekketFra()).isEqualTo(LocalDate.of(2017, 7, 1));
                assertThat(p.daekketTil()).isAfterOrEqualTo(LAST);
            } else {
                assertThat(p.daekketFra()).as(p.id() + " from").isBeforeOrEqualTo(FIRST);
                assertThat(p.daekketTil()).as(p.id() + " until").isAfterOrEqualTo(LAST);
            }
        }
    }

    @Test
    void theDagpengeMaximumIsWeeklyUntil30June2017AndMonthlyFrom1July2017WithoutAGap() {
        Parameter weekly = catalog.get("dagpenge.hoejeste_ugebeloeb");
        Parameter monthly = catalog.get("dagpenge.hoejeste_maanedsbeloeb");
        assertThat(weekly.daekketFra()).isBeforeOrEqualTo(FIRST);
        assertThat(weekly.daekketTil()).isEqualTo(LocalDate.of(2017, 6, 30));
        assertThat(monthly.daekketFra()).isEqualTo(weekly.daekketTil().plusDays(1));
        assertThat(monthly.daekketTil()).isAfterOrEqualTo(LAST);
        Parameter factor = catalog.get("fleksloentilskud.uge_til_maaned_faktor");
        assertThat(factor.daekketFra()).isBeforeOrEqualTo(FIRST);
        assertThat(factor.daekketTil()).isEqualTo(weekly.daekketTil());
    }

    @Test
    void aLookupOutsideTheCoveredPeriodThrowsWithTheIdAndDate() {
        Parameter knaek = catalog.get("fleksloentilskud.knaek");
        assertThatThrownBy(() -> knaek.valueAt(LocalDate.of(2027, 1, 1)))
            .isInstanceOf(ParameterNotCoveredException.class)
            .hasMessageContaining("fleksloentilskud.knaek").hasMessageContaining("1. januar 2027");
        assertThatThrownBy(() -> knaek.valueAt(LocalDate.of(2012, 11, 30)))
            .isInstanceOf(ParameterNotCoveredException.class);
        assertThatThrownBy(() -> catalog.get("dagpenge.hoejeste_ugebeloeb").valueAt(LocalDate.of(2017, 7, 1)))
            .isInstanceOf(ParameterNotCoveredException.class);
    }

    @Test
    void anUnknownIdIsRefused() {
        assertThatThrownBy(() -> catalog.get("fleksloentilskud.findes_ikke"))
            .isInstanceOf(UnknownParameterException.class).hasMessageContaining("fleksloentilskud.findes_ikke");
    }

    @Test
    void theDigestNamesTheParameterFiles() {
        assertThat(catalog.digest()).hasSize(12);
    }
}
