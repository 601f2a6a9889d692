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
