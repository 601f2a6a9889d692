package dk.fleksjob.server.sager;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.rules.frister.Frister;
import dk.fleksjob.rules.frister.FristerRequest;
import dk.fleksjob.rules.frister.FristerResult;
import dk.fleksjob.rules.parameter.Rates;
import dk.fleksjob.store.Bevilling;
import dk.fleksjob.store.CaseFile;
import dk.fleksjob.store.Cpr;
import dk.fleksjob.store.Cvr;
import dk.fleksjob.store.Employment;
import dk.fleksjob.store.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The calendar uses whether the earliest employment is the person's first fleksjob (LAB § 120): a first fleksjob is
 * always a 5-year grant (stk. 1), a permanent one is possible for a person of 40 after the first (stk. 2). Not
 * stated: the cautious assumption of before (the first), said on the deadlines that rest on it.
 */
class FristerServiceTest {

    /** Born 11 May 1975: 50 when the fleksjob begins on 1 January 2026. */
    static final Cpr CPR = Cpr.of("1105751234");
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    final FristerService service = new FristerService(null);

    static CaseFile sag(Cpr cpr, Boolean foersteFleksjob, Bevilling.Type grant, LocalDate... otherStarts) {
        List<Employment> jobs = new ArrayList<>();
        // a later employment first in the list, to show the earliest one (by its first day) is the one that counts
        for (LocalDate later : otherStarts) {
            jobs.add(employment(10 + jobs.size(), later, Boolean.TRUE));
        }
        jobs.add(employment(1, START, foersteFleksjob));
        LocalDate til = grant == Bevilling.Type.MIDLERTIDIG ? START.plusYears(5).minusDays(1) : null;
        return new CaseFile(new Person(7, "København", cpr, "Dorte Hansen", 0), List.of(),
            List.of(new Bevilling(3, 7, grant, START, til, 0)), jobs, List.of(), List.of(), List.of());
    }

    static Employment employment(long id, LocalDate fra, Boolean foersteFleksjob) {
        return new Employment(id, 7, new Employment.Terms(new Cvr("12345678"), fra, null, new BigDecimal("18"),
            BigDecimal.ONE, new BigDecimal("190.48"), new BigDecimal("5"), null, foersteFleksjob), 0);
    }

    static FristerResult rules(Cpr cpr, boolean foerste, boolean permanent) {
        return Frister.calculate(new FristerRequest(cpr.birthDate(), null, START, foerste, permanent, null, null, null,
            Map.of()), Rates.standard(), false);
    }

    static List<Frist> of(List<Frist> all, Frist.Art art) {
        return all.stream().filter(f -> f.art() == art).toList();
    }

    @Test
    void notStatedKeepsTheCautiousAssumptionAndSaysSo() {
        List<Frist> frister = service.forCase(sag(CPR, null, Bevilling.Type.MIDLERTIDIG));
        FristerResult first = rules(CPR, true, false);
        // the same deadlines as for a first fleksjob: follow-ups, status after 4½ years, the grant's end, folkepension
        assertThat(of(frister, Frist.Art.OPFOELGNING)).extracting(Frist::dato).isEqualTo(first.opfoelgninger());
        assertThat(of(frister, Frist.Art.STATUS)).extracting(Frist::dato).containsExactly(LocalDate.of(2030, 7, 1));
        assertThat(of(frister, Frist.Art.BEVILLING_UDLOEBER)).extracting(Frist::dato)
            .containsExactly(LocalDate.of(2030, 12, 31));
        assertThat(of(frister, Frist.Art.FOLKEPENSION)).extracting(Frist::dato).containsExactly(first.folkepensionsdato());
        // no permanent fleksjob suggested, and the deadlines that rest on the assumption say so
        assertThat(of(frister, Frist.Art.PERMANENT_MULIG)).isEmpty();
        assertThat(of(frister, Frist.Art.STATUS)).extracting(Frist::note).containsOnly(Frist.Note.FOERSTE_FLEKSJOB_ANTAGET);
        assertThat(of(frister, Frist.Art.BEVILLING_UDLOEBER)).extracting(Frist::note)
            .containsOnly(Frist.Note.FOERSTE_FLEKSJOB_ANTAGET);
        assertThat(of(frister, Frist.Art.OPFOELGNING)).extracting(Frist::note).containsOnlyNulls();
    }

    @Test
    void aLaterFleksjobAt40MayBePermanentFromItsStart() {
        List<Frist> frister = service.forCase(sag(CPR, false, Bevilling.Type.MIDLERTIDIG));
        FristerResult later = rules(CPR, false, false);
        assertThat(later.permanentMulig()).isTrue();
        // LAB § 120, stk. 2: 40 or more and not the first fleksjob → a permanent one from the start
        assertThat(of(frister, Frist.Art.PERMANENT_MULIG)).singleElement().satisfies(f -> {
            assertThat(f.dato()).isEqualTo(START).isEqualTo(later.permanentMuligFra());
            assertThat(f.hjemmel()).isEqualTo("LAB § 120, stk. 2");
        });
        assertThat(frister).extracting(Frist::note).containsOnlyNulls();
        // the other deadlines as the rules give them for this grant
        assertThat(of(frister, Frist.Art.OPFOELGNING)).extracting(Frist::dato).isEqualTo(later.opfoelgninger());
        assertThat(of(frister, Frist.Art.STATUS)).extracting(Frist::dato).containsExactly(later.status4HalvtAar());
    }

    @Test
    void aStatedFirstFleksjobMayBeFollowedByAPermanentOneWhenTheGrantRunsOut() {
        List<Frist> frister = service.forCase(sag(CPR, true, Bevilling.Type.MIDLERTIDIG));
        // the first grant is 5 years; the next one, from 1 January 2031, may be permanent (aged 55 then)
        assertThat(of(frister, Frist.Art.PERMANENT_MULIG)).extracting(Frist::dato)
            .containsExactly(LocalDate.of(2031, 1, 1)).containsExactly(rules(CPR, true, false).permanentMuligFra());
        assertThat(frister).extracting(Frist::note).containsOnlyNulls();
    }

    @Test
    void aLaterFleksjobBegunBefore40MayBePermanentAtTheFirstGrantAt40() {
        // Born 7 July 1992: 33 on 1 January 2026, 40 on 7 July 2032; the grants begin 2026, 2031, 2036
        Cpr young = Cpr.of("0707921777");
        List<Frist> frister = service.forCase(sag(young, false, Bevilling.Type.MIDLERTIDIG));
        assertThat(of(frister, Frist.Art.PERMANENT_MULIG)).extracting(Frist::dato)
            .containsExactly(LocalDate.of(2036, 1, 1));
    }

    @Test
    void theEarliestEmploymentSays() {
        // a later employment says "first"; the earliest (1 January 2026) says "not the first"
        List<Frist> frister = service.forCase(sag(CPR, false, Bevilling.Type.MIDLERTIDIG, LocalDate.of(2027, 6, 1)));
        assertThat(of(frister, Frist.Art.PERMANENT_MULIG)).extracting(Frist::dato).containsExactly(START);
    }

    @Test
    void aPermanentGrantHasItsDeadlinesEvenWhenTheFirstFleksjobIsNotStated() {
        // A permanent grant is never the first fleksjob (LAB § 120, stk. 1 and 2); before, the calendar assumed the
        // first and the rules refused the combination, so such a case had no deadlines at all
        for (Boolean stated : new Boolean[] {null, false}) {
            List<Frist> frister = service.forCase(sag(CPR, stated, Bevilling.Type.PERMANENT));
            FristerResult permanent = rules(CPR, false, true);
            assertThat(of(frister, Frist.Art.OPFOELGNING)).as("%s", stated).extracting(Frist::dato)
                .isEqualTo(permanent.opfoelgninger()).isNotEmpty();
            assertThat(of(frister, Frist.Art.FOLKEPENSION)).as("%s", stated).hasSize(1);
            assertThat(frister).as("%s", stated).extracting(Frist::art)
                .doesNotContain(Frist.Art.STATUS, Frist.Art.BEVILLING_UDLOEBER, Frist.Art.PERMANENT_MULIG);
            assertThat(frister).extracting(Frist::note).containsOnlyNulls();
        }
        // stated as the first fleksjob and yet permanent: contradictory, the rules refuse it (as before: nothing)
        assertThat(service.forCase(sag(CPR, true, Bevilling.Type.PERMANENT))).isEmpty();
    }
}
