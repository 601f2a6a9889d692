package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.InvalidInputException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cases: jobcentre isolation, optimistic locking, audit log, CPR handling. Runs on H2 and on PostgreSQL. */
abstract class CasesContract {

    abstract TestDatabases.Kind kind();

    FleksjobStore store;
    final Caseworker ane = new Caseworker("ane", "0101");
    final Caseworker bo = new Caseworker("bo", "0101");
    final Caseworker other = new Caseworker("carl", "0147");

    @BeforeEach
    void open() {
        store = TestDatabases.store(kind(), Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aCaseworkerSeesOnlyTheirOwnJobcentresCases() {
        Person p = store.cases().createPerson(ane, "0101900123", "Anna");
        store.cases().createPerson(other, "0202850456", "Bent");
        assertThat(store.cases().persons(ane)).extracting(PersonSummary::navn).containsExactly("Anna");
        assertThat(store.cases().persons(other)).extracting(PersonSummary::navn).containsExactly("Bent");
        assertThatThrownBy(() -> store.cases().caseFile(other, p.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.cases().addBevilling(other, p.id(), Bevilling.Type.PERMANENT,
            LocalDate.of(2025, 1, 1), null)).isInstanceOf(NotFoundException.class);
        assertThat(store.cases().findByCpr(other, "0101900123")).isEmpty();
        assertThat(store.cases().findByCpr(ane, "010190-0123")).map(Person::navn).contains("Anna");
    }

    @Test
    void theBasicsOfAllCasesAreWhatEachCaseFileSays() {
        Person anna = Fixture.person(store, "0101900123");
        // rows added out of date order, to show each list comes back by date as in the case file
        store.cases().addVisitation(ane, anna.id(), LocalDate.of(2023, 6, 1), new BigDecimal("18"),
            new BigDecimal("0.8"), "89 pct.");
        store.cases().addVisitation(ane, anna.id(), LocalDate.of(2022, 11, 1), new BigDecimal("12"),
            new BigDecimal("0.5"), null);
        store.cases().addBevilling(ane, anna.id(), Bevilling.Type.PERMANENT, LocalDate.of(2028, 1, 1), null);
        store.cases().addEmployment(ane, anna.id(), Fixture.terms(Fixture.EMPLOYER, null).withFoersteFleksjob(true));
        store.cases().registerEvent(ane, anna.id(), CaseEvent.Type.SYGDOM, LocalDate.of(2025, 2, 10), "sygemeldt");
        Person bent = Fixture.person(store, "0202850456");
        Person carl = store.cases().createPerson(ane, "0303800789", "Carl");
        Person dorte = Fixture.person(store, "0404750112");
        store.cases().renamePerson(ane, dorte.id(), 0, "Aase");
        Person elsewhere = store.cases().createPerson(other, "0505700235", "Erik");
        store.cases().addBevilling(other, elsewhere.id(), Bevilling.Type.MIDLERTIDIG, LocalDate.of(2025, 1, 1),
            LocalDate.of(2029, 12, 31));

        List<CaseBasics> basics = store.cases().caseBasics(ane);
        // by name as the case list: Aase (renamed), Carl, Person 0101, Person 0202
        assertThat(basics).extracting(b -> b.person().id())
            .containsExactly(dorte.id(), carl.id(), anna.id(), bent.id());
        assertThat(basics).isEqualTo(List.of(dorte, carl, anna, bent).stream().map(p -> basicsOf(ane, p)).toList());
        CaseBasics annas = basics.get(2);
        assertThat(annas.visitationer()).extracting(Visitation::dato)
            .containsExactly(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 6, 1));
        assertThat(annas.bevillinger()).extracting(Bevilling::type)
            .containsExactly(Bevilling.Type.MIDLERTIDIG, Bevilling.Type.PERMANENT);
        assertThat(annas.ansaettelser()).extracting(e -> e.terms().foersteFleksjob()).containsExactly(null, true);
        assertThat(basics.get(1)).isEqualTo(new CaseBasics(carl, List.of(), List.of(), List.of()));
        assertThat(basics.get(0).person().navn()).isEqualTo("Aase");

        // another jobcentre's caseworker sees only their own; the system sees every case
        assertThat(store.cases().caseBasics(other)).containsExactly(basicsOf(other, elsewhere));
        assertThat(store.cases().caseBasics(Fixture.SYSTEM)).extracting(b -> b.person().id())
            .containsExactlyInAnyOrder(anna.id(), bent.id(), carl.id(), dorte.id(), elsewhere.id());
    }

    @Test
    void aDateReadsBackAsItWasStoredAlsoBeforeTheGregorianCalendar() {
        Person p = store.cases().createPerson(ane, "0101900123", "Anna");
        LocalDate first = LocalDate.of(1, 1, 1);
        LocalDate last = LocalDate.of(9999, 12, 31);
        store.cases().addBevilling(ane, p.id(), Bevilling.Type.MIDLERTIDIG, first, last);
        // java.sql.Date's calendar would make the first 30 December of year 0.
        assertThat(store.cases().caseFile(ane, p.id()).bevillinger()).singleElement().satisfies(g -> {
            assertThat(g.fra()).isEqualTo(first);
            assertThat(g.til()).isEqualTo(last);
        });
    }

    @Test
    void oneRowOfACaseIsReadAloneAndOnlyFromItsOwnCase() {
        Person anna = Fixture.person(store, "0101900123");
        Visitation v = store.cases().addVisitation(ane, anna.id(), LocalDate.of(2023, 6, 1), new BigDecimal("18"),
            new BigDecimal("0.8"), "89 pct.");
        Bevilling g = store.cases().addBevilling(ane, anna.id(), Bevilling.Type.MIDLERTIDIG, LocalDate.of(2025, 1, 1),
            LocalDate.of(2029, 12, 31));
        Employment e = store.cases().addEmployment(ane, anna.id(), Fixture.terms(Fixture.EMPLOYER, null));
        CaseEvent h = store.cases().registerEvent(ane, anna.id(), CaseEvent.Type.SYGDOM, LocalDate.of(2025, 2, 10),
            "sygemeldt");
        Person bent = Fixture.person(store, "0202850456");

        // as the case file holds them: the numbers with the column's decimals (18 sent is 18.00 stored)
        CaseFile f = store.cases().caseFile(ane, anna.id());
        assertThat(store.cases().visitation(ane, anna.id(), v.id())).isIn(f.visitationer()).extracting(Visitation::id)
            .isEqualTo(v.id());
        assertThat(store.cases().visitation(ane, anna.id(), v.id()).timerPrUge()).hasToString("18.00");
        assertThat(store.cases().bevilling(ane, anna.id(), g.id())).isIn(f.bevillinger()).extracting(Bevilling::id)
            .isEqualTo(g.id());
        assertThat(store.cases().ansaettelse(ane, anna.id(), e.id())).isIn(f.ansaettelser()).extracting(Employment::id)
            .isEqualTo(e.id());
        assertThat(store.cases().haendelse(ane, anna.id(), h.id())).isIn(f.haendelser()).extracting(CaseEvent::id)
            .isEqualTo(h.id());

        // a row of another case, or read by another jobcentre, is not found (never "forbidden")
        assertThatThrownBy(() -> store.cases().bevilling(ane, bent.id(), g.id())).isInstanceOf(NotFoundException.class)
            .hasMessage("bevilling " + g.id() + " findes ikke i dit jobcenter");
        assertThatThrownBy(() -> store.cases().ansaettelse(other, anna.id(), e.id()))
            .isInstanceOf(NotFoundException.class).hasMessageStartingWith("ansættelse ");
        assertThatThrownBy(() -> store.cases().udbetaling(ane, anna.id(), 999_999)).isInstanceOf(NotFoundException.class)
            .hasMessageStartingWith("udbetaling ");
        assertThatThrownBy(() -> store.cases().flag(ane, anna.id(), 999_999)).isInstanceOf(NotFoundException.class)
            .hasMessageStartingWith("punkt ");
        assertThat(store.cases().haendelse(Fixture.SYSTEM, anna.id(), h.id())).isIn(f.haendelser());
    }

    private CaseBasics basicsOf(Caseworker who, Person p) {
        CaseFile f = store.cases().caseFile(who, p.id());
        return new CaseBasics(f.person(), f.visitationer(), f.bevillinger(), f.ansaettelser());
    }

    @Test
    void listsShowTheCprMasked() {
        store.cases().createPerson(ane, "0101900123", "Anna");
        assertThat(store.cases().persons(ane)).singleElement()
            .satisfies(s -> assertThat(s.cprMasked()).isEqualTo("010190-XXXX"));
    }

    @Test
    void twoCaseworkersCannotSilentlyOverwriteEachOther() {
        Person p = Fixture.person(store, "0101900123");
        Employment seenByAne = store.cases().caseFile(ane, p.id()).ansaettelser().get(0);
        Employment seenByBo = store.cases().caseFile(bo, p.id()).ansaettelser().get(0);

        store.cases().updateEmployment(ane, seenByAne.id(), seenByAne.version(),
            Fixture.terms(Fixture.EMPLOYER, new BigDecimal("33000")));
        assertThatThrownBy(() -> store.cases().updateEmployment(bo, seenByBo.id(), seenByBo.version(),
            Fixture.terms(Fixture.EMPLOYER, new BigDecimal("30000"))))
            .isInstanceOf(ConcurrentChangeException.class)
            .hasMessageContaining("ændret af en anden");

        Employment now = store.cases().caseFile(bo, p.id()).ansaettelser().get(0);
        assertThat(now.terms().fuldtidsloen()).isEqualByComparingTo("33000");
        assertThat(now.version()).isEqualTo(1);
        // Bo reloads and tries again on the new version: accepted.
        store.cases().updateEmployment(bo, now.id(), now.version(), Fixture.terms(Fixture.EMPLOYER, new BigDecimal("30000")));
        assertThat(store.cases().caseFile(bo, p.id()).ansaettelser().get(0).version()).isEqualTo(2);
    }

    @Test
    void optimisticLockingOnPersonsAndGrantsToo() {
        Person p = store.cases().createPerson(ane, "0101900123", "Anna");
        store.cases().renamePerson(ane, p.id(), 0, "Anna Jensen");
        assertThatThrownBy(() -> store.cases().renamePerson(bo, p.id(), 0, "Anne"))
            .isInstanceOf(ConcurrentChangeException.class);
        Bevilling g = store.cases().addBevilling(ane, p.id(), Bevilling.Type.MIDLERTIDIG, LocalDate.of(2024, 1, 1),
            LocalDate.of(2028, 12, 31));
        store.cases().updateBevilling(bo, g.id(), 0, Bevilling.Type.PERMANENT, LocalDate.of(2024, 1, 1), null);
        assertThatThrownBy(() -> store.cases().updateBevilling(ane, g.id(), 0, Bevilling.Type.MIDLERTIDIG,
            LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(store.cases().caseFile(ane, p.id()).bevillinger()).singleElement()
            .satisfies(b -> assertThat(b.type()).isEqualTo(Bevilling.Type.PERMANENT));
    }

    @Test
    void everyChangeIsInTheAuditLogWithWhoAndWhen() {
        Person p = Fixture.person(store, "0101900123");
        store.cases().registerEvent(bo, p.id(), CaseEvent.Type.SYGDOM, LocalDate.of(2025, 2, 10), "sygemeldt");
        store.cases().addVisitation(ane, p.id(), LocalDate.of(2023, 6, 1), new BigDecimal("18"), new BigDecimal("0.8"),
            "89 pct.");
        assertThat(store.audit().forPerson(ane, p.id())).extracting(AuditEntry::handling).containsExactly(
            "OPRET_VISITATION", "REGISTRER_HAENDELSE", "OPRET_ANSAETTELSE", "OPRET_BEVILLING", "OPRET_PERSON");
        AuditEntry event = store.audit().forPerson(ane, p.id()).get(1);
        assertThat(event.bruger()).isEqualTo("bo");
        assertThat(event.tidspunkt()).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
        assertThat(store.audit().recent(ane, 100)).allSatisfy(a -> assertThat(a.detaljer()).doesNotContain("0101900123"));
        assertThatThrownBy(() -> store.audit().forPerson(other, p.id())).isInstanceOf(NotFoundException.class);
    }

    /** The audit log is append-only in the database itself (migration V2), not only by the store's API. */
    @Test
    void theDatabaseRefusesToChangeOrDeleteAnAuditLine() throws SQLException {
        Person p = store.cases().createPerson(ane, "0101900123", "Anna");
        try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement()) {
            // A plain insert is what the store does: allowed
            assertThat(st.executeUpdate("insert into audit_log (tidspunkt, bruger, handling) values "
                + "(current_timestamp, 'sql', 'MANUEL')")).isEqualTo(1);
            for (String sql : new String[] {
                "update audit_log set bruger = 'skjult'",
                "update audit_log set detaljer = null where handling = 'MANUEL'",
                "delete from audit_log",
                "delete from audit_log where handling = 'OPRET_PERSON'"}) {
                assertThatThrownBy(() -> st.executeUpdate(sql)).as(sql).isInstanceOf(SQLException.class)
                    .hasMessageContaining("audit_log er kun til tilføjelse");
            }
            if (kind() == TestDatabases.Kind.POSTGRES) {
                // PostgreSQL's TRUNCATE fires no row trigger; the migration adds a statement trigger for it
                assertThatThrownBy(() -> st.executeUpdate("truncate table audit_log")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("audit_log er kun til tilføjelse");
            }
            try (ResultSet rs = st.executeQuery("select count(*), min(bruger) from audit_log")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(rs.getString(2)).isEqualTo("ane");
            }
        }
        // and the store goes on writing its lines
        store.cases().renamePerson(ane, p.id(), 0, "Anna Jensen");
        Fixture.person(store, "0202900456");
        assertThat(store.audit().forPerson(ane, p.id())).extracting(AuditEntry::handling)
            .containsExactly("RET_PERSON", "OPRET_PERSON");
        assertThat(store.audit().recent(ane, 100)).hasSize(5);
    }

    @Test
    void anEmploymentSaysWhetherItIsTheFirstFleksjobOrNothing() {
        Person p = store.cases().createPerson(ane, "0101900123", "Anna");
        Employment.Terms notStated = Fixture.terms(Fixture.EMPLOYER, null);
        Employment e = store.cases().addEmployment(ane, p.id(), notStated.withFoersteFleksjob(false));
        store.cases().addEmployment(ane, p.id(), notStated);
        assertThat(store.cases().caseFile(ane, p.id()).ansaettelser()).extracting(x -> x.terms().foersteFleksjob())
            .containsExactly(false, null);

        store.cases().updateEmployment(bo, e.id(), 0, notStated.withFoersteFleksjob(true));
        assertThat(store.cases().caseFile(ane, p.id()).ansaettelser()).extracting(x -> x.terms().foersteFleksjob())
            .containsExactly(true, null);
        assertThat(store.audit().forPerson(ane, p.id())).extracting(AuditEntry::detaljer)
            .contains("CVR 12345678, første fleksjob", "CVR 12345678 fra 2024-01-01, ikke første fleksjob",
                "CVR 12345678 fra 2024-01-01");
    }

    @Test
    void aSecondCaseWithTheSameCprIsRefusedWithoutNamingIt() {
        store.cases().createPerson(ane, "0101900123", "Anna");
        assertThatThrownBy(() -> store.cases().createPerson(other, "0101900123", "Anna"))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageNotContaining("0101900123");
    }

    @Test
    void invalidInputIsRefusedBeforeTheDatabase() {
        assertThatThrownBy(() -> store.cases().createPerson(ane, "3002900123", "X"))
            .isInstanceOf(InvalidInputException.class);
        Person p = store.cases().createPerson(ane, "0101900123", "Anna");
        assertThatThrownBy(() -> store.cases().addEmployment(ane, p.id(), new Employment.Terms(new Cvr("12345678"),
            LocalDate.of(2024, 1, 1), null, BigDecimal.TEN, new BigDecimal("1.5"), BigDecimal.TEN, BigDecimal.ZERO, null)))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("intensitet");
    }
}
