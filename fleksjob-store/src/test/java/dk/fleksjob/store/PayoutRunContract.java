package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.explain.Explanation;
import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The monthly payout run, on H2 and on PostgreSQL. */
abstract class PayoutRunContract {

    abstract TestDatabases.Kind kind();

    static final YearMonth MAY = YearMonth.of(2024, 5);
    static final YearMonth JUNE = YearMonth.of(2024, 6);
    static final String ANNA = "0101900123";
    static final String BENT = "0202850456";

    FleksjobStore store;
    Person anna;
    Person bent;

    @BeforeEach
    void open() {
        store = TestDatabases.store(kind(), Clock.fixed(Instant.parse("2024-05-03T06:00:00Z"), ZoneOffset.UTC));
        anna = Fixture.person(store, ANNA);
        bent = Fixture.person(store, BENT);
    }

    PayoutRun.Result run(YearMonth month, byte[] file) {
        return store.payoutRun(PayoutRun.Options.defaults().withChunkSize(1)).run(Fixture.SYSTEM, month, file, "test.csv");
    }

    List<Payout> payouts(Person p) {
        return store.cases().caseFile(Fixture.CASEWORKER, p.id()).udbetalinger();
    }

    /** The person's payout for the month with the sequence number. */
    Payout payout(Person p, YearMonth month, int loebenummer) {
        return payouts(p).stream().filter(x -> x.maaned().equals(month) && x.loebenummer() == loebenummer).findFirst()
            .orElseThrow();
    }

    List<CaseFlag> flags(Person p) {
        return store.cases().caseFile(Fixture.CASEWORKER, p.id()).flag();
    }

    long count(String table) throws Exception {
        try (Connection c = store.dataSource().getConnection(); ResultSet rs = c.createStatement()
            .executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void starsExamplePaidFromTheMonthBeforesIncome() {
        // EX-FLT-01 (STAR): 15.600 kr. incl. pension (14.000 + 400 own + 1.200 employer's) in April 2024, lønloft
        // 32.067 → fleksløntilskud for May 2024 15.272 kr., ATP 500 kr., paid 14.772 kr.
        PayoutRun.Result r = run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78",
            BENT + ";12345678;2024-04;14000,00;400,00;1200,00;78"));
        assertThat(r.indkomst().accepted()).isTrue();
        assertThat(r.ordinary()).isEqualTo(2);
        Payout p = payouts(anna).get(0);
        assertThat(p.maaned()).isEqualTo(MAY);
        assertThat(p.loebenummer()).isEqualTo(1);
        assertThat(p.art()).isEqualTo(Payout.Art.ORDINAER);
        assertThat(p.status()).isEqualTo(Payout.Status.UDBETALES);
        assertThat(p.tilskud()).isEqualByComparingTo("15272");
        assertThat(p.atp()).isEqualByComparingTo("500");
        assertThat(p.udbetalt()).isEqualByComparingTo("14772");
        assertThat(p.regelversion()).isEqualTo(RulesVersion.current());
        assertThat(p.grundlag()).contains("\"loenFraFleksjob\":15600").doesNotContain(ANNA);
        assertThat(r.udbetalt()).isEqualByComparingTo("29544");
        assertThat(flags(anna)).isEmpty();
    }

    @Test
    void eachParagraphAndParameterSourceIsStoredOnceForAllPayouts() throws Exception {
        run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78", BENT + ";12345678;2024-04;9000;0;0;40"));
        int blocks;
        try (Connection c = store.dataSource().getConnection(); ResultSet rs = c.createStatement()
            .executeQuery("select count(*) from forklaring_blok")) {
            rs.next();
            blocks = rs.getInt(1);
        }
        // Each explanation names a form per step, and each form its paragraphs and parameters; both persons' name
        // the same ones.
        Explanation anna = store.cases().explanation(Fixture.CASEWORKER, payouts(this.anna).get(0).id());
        long named = StoredExplanation.encode(anna).blocks().stream().flatMap(k -> StoredExplanation.withNamed(k)
            .stream()).distinct().count();
        assertThat(named).isGreaterThan(10);
        // … and the inputs name the dictionary they are compressed with.
        assertThat(blocks).isEqualTo((int) named + 1);
    }

    @Test
    void theInputIsStoredCompressedAndReadsBackAsItsJson() throws Exception {
        run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78", BENT + ";12345678;2024-04;9000;0;0;40"));
        Payout p = payouts(anna).get(0);
        byte[] stored;
        try (Connection c = store.dataSource().getConnection(); var ps = c.prepareStatement(
            "select grundlag, grundlag_z from udbetaling where id = ?")) {
            ps.setLong(1, p.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isNull();
                stored = rs.getBytes(2);
            }
        }
        assertThat(p.grundlag()).startsWith("{\"maaned\":\"2024-05\",\"loenmaaned\":\"2024-04\"")
            .contains("\"loenFraFleksjob\":15600");
        assertThat(stored.length).isLessThan(p.grundlag().length() / 2);
        assertThat(stored[0]).as("Zstandard").isEqualTo(PresetDictionary.ZSTD);

        // A row stored before V6 has its input as text; one compressed (with deflate, as until 6 Dec 2026) with
        // another version's dictionary reads with that dictionary, from forklaring_blok.
        String older = "{\"maaned\":\"2024-05\",\"note\":\"en ældre version\"}";
        String dictionary = "{\"maaned\":\"2024-05\",\"note\":\"";
        String key = "aeldre-ordbog-000001";
        java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED, true);
        d.setDictionary(dictionary.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.setInput(older.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.finish();
        byte[] buf = new byte[200];
        int n = d.deflate(buf);
        byte[] withOlder = new byte[21 + n];
        withOlder[0] = 'Z';
        System.arraycopy(key.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, withOlder, 1, 20);
        System.arraycopy(buf, 0, withOlder, 21, n);
        Payout bent = payouts(this.bent).get(0);
        try (Connection c = store.dataSource().getConnection()) {
            Db.update(c, "insert into forklaring_blok (noegle, indhold) values (?, ?)", key, dictionary);
            Db.update(c, "update udbetaling set grundlag = ?, grundlag_z = null where id = ?", older, p.id());
            Db.update(c, "update udbetaling set grundlag_z = ? where id = ?", withOlder, bent.id());
        }
        assertThat(payouts(anna).get(0).grundlag()).isEqualTo(older);
        assertThat(payouts(this.bent).get(0).grundlag()).isEqualTo(older);
    }

    @Test
    void theStoredExplanationIsTheRulesExplanation() {
        run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78", BENT + ";12345678;2024-04;9000;0;0;40"));
        Payout p = payouts(anna).get(0);
        Explanation stored = store.cases().explanation(Fixture.CASEWORKER, p.id());
        Explanation direct = Fleksloentilskud.calculate(new FleksloentilskudRequest(MAY, null, null, null,
            new BigDecimal("15600.00"), new BigDecimal("0.00"), new BigDecimal("32067.00"), Map.of())).forklaring();
        // Compared as JSON: the whole tree, every sentence, amount, paragraph and parameter (and a short message).
        assertThat(Json.write(stored)).isEqualTo(Json.write(direct));
        assertThat(stored.find("fleksloentilskud").beloeb()).isEqualByComparingTo("15272");
        assertThat(store.cases().explanationJson(Fixture.CASEWORKER, p.id())).isEqualTo(Json.write(direct))
            .contains("\"titel\":\"Fleksløntilskud for maj 2024\"");
        assertThatThrownBy(() -> store.cases().explanation(new Caseworker("x", "0999"), p.id()))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void reRunningTheSameMonthChangesNothing() throws Exception {
        byte[] file = Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78", BENT + ";12345678;2024-04;9000;0;0;40");
        run(MAY, file);
        long payouts = count("udbetaling");
        long flags = count("flag");
        long income = count("indkomst");
        PayoutRun.Result again = run(MAY, file);
        assertThat(again.indkomst().alreadyImported()).isTrue();
        assertThat(again.ordinary() + again.corrections() + again.pending() + again.flags()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(count("udbetaling")).isEqualTo(payouts);
        assertThat(count("flag")).isEqualTo(flags);
        assertThat(count("indkomst")).isEqualTo(income);
    }

    @Test
    void aRejectedFileImportsNothingAndPaysNothing() throws Exception {
        PayoutRun.Result r = run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78",
            "0303900789;12345678;2024-04;100;0;0;0", BENT + ";12345678;2024-04;-5;0;0;0"));
        assertThat(r.rejected()).isTrue();
        assertThat(r.indkomst().rejections()).extracting(IncomeCsv.Rejection::line).containsExactly(3, 4);
        assertThat(count("indkomst")).isZero();
        assertThat(count("indkomst_import")).isZero();
        assertThat(count("udbetaling")).isZero();
        assertThat(store.audit().recent(Fixture.SYSTEM, 1)).singleElement()
            .satisfies(a -> assertThat(a.handling()).isEqualTo("INDKOMST_AFVIST"));
    }

    @Test
    void missingIncomeIsPaidOnTheExpectedWageAndFlagged() {
        PayoutRun.Result r = run(MAY, Fixture.csv(BENT + ";12345678;2024-04;14000;400;1200;78"));
        assertThat(r.ordinary()).isEqualTo(2);
        Payout p = payouts(anna).get(0);
        // Expected wage (BEK § 4, stk. 2): 18 h × 190,48 × 1,05 = 200,004 kr./h × 52 / 12 = 15.600,31 → 15.600 kr.
        assertThat(p.tilskud()).isEqualByComparingTo("15272");
        assertThat(p.grundlag()).contains("\"forventetLoen\":true");
        assertThat(flags(anna)).singleElement().satisfies(f -> {
            assertThat(f.kode()).isEqualTo("MANGLENDE_INDKOMST");
            assertThat(f.hjemmel()).isEqualTo("BEK om fleksløntilskud § 4, stk. 2");
            assertThat(f.loebenummer()).isEqualTo(1);
            assertThat(f.status()).isEqualTo(CaseFlag.Status.AABEN);
        });
    }

    @Test
    void lateIncomeGivesAnEfterreguleringReferencingTheOriginal() {
        run(MAY, Fixture.csv(BENT + ";12345678;2024-04;14000;400;1200;78"));
        Payout original = payouts(anna).get(0);
        // June's file brings Anna's April wage late (lower than expected: 10.000 kr.) and her May wage.
        PayoutRun.Result r = run(JUNE, Fixture.csv(ANNA + ";12345678;2024-04;10000;0;0;60",
            ANNA + ";12345678;2024-05;14000;400;1200;78", BENT + ";12345678;2024-05;14000;400;1200;78"));
        assertThat(r.corrections()).isEqualTo(1);
        List<Payout> may = payouts(anna).stream().filter(p -> p.maaned().equals(MAY)).toList();
        assertThat(may).hasSize(2);
        Payout diff = may.get(1);
        assertThat(diff.loebenummer()).isEqualTo(2);
        assertThat(diff.art()).isEqualTo(Payout.Art.EFTERREGULERING);
        assertThat(diff.refererTil()).isEqualTo(original.id());
        // 10.000 instead of 15.600: 30 pct. of 5.600 kr. less deducted = 1.680 kr. more subsidy.
        assertThat(diff.tilskud()).isEqualByComparingTo("1680");
        assertThat(diff.beregnetTilskud()).isEqualByComparingTo("16952");
        assertThat(diff.status()).isEqualTo(Payout.Status.UDBETALES);
        // June itself is an ordinary payout.
        assertThat(payouts(anna)).filteredOn(p -> p.maaned().equals(JUNE)).singleElement()
            .satisfies(p -> assertThat(p.art()).isEqualTo(Payout.Art.ORDINAER));
    }

    @Test
    void aCorrectedFileForTheSameMonthGivesADifferenceOnlyWhereIncomeChanged() {
        run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78", BENT + ";12345678;2024-04;9000;0;0;40"));
        PayoutRun.Result r = run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78",
            BENT + ";12345678;2024-04;9500;0;0;40"));
        assertThat(r.indkomst().alreadyImported()).isFalse();
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(payouts(anna)).hasSize(1);
        assertThat(payouts(bent)).hasSize(2);
    }

    @Test
    void higherCorrectedIncomeIsNeverCollectedAutomatically() {
        run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;10000;0;0;60", BENT + ";12345678;2024-04;9000;0;0;40"));
        PayoutRun.Result r = run(JUNE, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78",
            ANNA + ";12345678;2024-05;14000;400;1200;78", BENT + ";12345678;2024-05;9000;0;0;40"));
        assertThat(r.pending()).isEqualTo(1);
        Payout diff = payout(anna, MAY, 2);
        assertThat(diff.tilskud()).isEqualByComparingTo("-1680");
        assertThat(diff.status()).isEqualTo(Payout.Status.AFVENTER);
        CaseFlag flag = flags(anna).stream().filter(f -> f.kode().equals("NEGATIV_EFTERREGULERING")).findFirst()
            .orElseThrow();
        assertThat(flag.hjemmel()).isEqualTo("Forvaltningsloven § 19, stk. 1");
        assertThat(flag.tekst()).contains("1.680,00 kr. for meget udbetalt").contains("Intet er modregnet");
        // The caseworker decides; a second caseworker on a stale version cannot overwrite that decision.
        Payout decided = store.cases().decidePayout(Fixture.CASEWORKER, diff.id(), diff.version(), false,
            "ikke tilbagebetaling, personen var i god tro");
        assertThat(decided.status()).isEqualTo(Payout.Status.AFVIST);
        // The decision settles the payout's point with its reason; nothing else is left open for it.
        CaseFlag settled = flags(anna).stream().filter(f -> f.id() == flag.id()).findFirst().orElseThrow();
        assertThat(settled.status()).isEqualTo(CaseFlag.Status.AFKLARET);
        assertThat(settled.afklaring()).isEqualTo("Efterreguleringen er frafaldet: ikke tilbagebetaling, personen var i "
            + "god tro");
        assertThatThrownBy(() -> store.cases().decidePayout(new Caseworker("sb2", "0101"), diff.id(), diff.version(),
            true, "modregn")).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aPassedGrantEndAndEventsAreFlaggedButThePaymentIsMade() {
        Bevilling g = store.cases().caseFile(Fixture.CASEWORKER, anna.id()).bevillinger().get(0);
        store.cases().updateBevilling(Fixture.CASEWORKER, g.id(), g.version(), g.type(), g.fra(), LocalDate.of(2024, 3, 31));
        store.cases().registerEvent(Fixture.CASEWORKER, anna.id(), CaseEvent.Type.SYGDOM, LocalDate.of(2024, 4, 10), null);
        store.cases().registerEvent(Fixture.CASEWORKER, anna.id(), CaseEvent.Type.FLYTNING, LocalDate.of(2024, 5, 2), null);
        store.cases().registerEvent(Fixture.CASEWORKER, anna.id(), CaseEvent.Type.OPSAGT, LocalDate.of(2023, 1, 2), null);
        run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78", BENT + ";12345678;2024-04;9000;0;0;40",
            ANNA + ";87654321;2024-04;2000;0;0;10"));
        assertThat(payouts(anna)).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(Payout.Status.UDBETALES));
        assertThat(flags(anna)).extracting(CaseFlag::kode).containsExactlyInAnyOrder("ANDEN_ARBEJDSGIVER",
            "BEVILLING_UDLOEBET", "HAENDELSE_SYGDOM", "HAENDELSE_FLYTNING");
        assertThat(flags(anna)).filteredOn(f -> f.kode().equals("BEVILLING_UDLOEBET")).singleElement()
            .satisfies(f -> assertThat(f.hjemmel()).isEqualTo("LAB § 121, stk. 4"));
        assertThat(store.cases().openFlags(Fixture.CASEWORKER)).hasSize(4);
        assertThat(store.cases().persons(Fixture.CASEWORKER)).filteredOn(s -> s.id() == anna.id()).singleElement()
            .satisfies(s -> assertThat(s.openFlags()).isEqualTo(4));
    }

    @Test
    void anUnusualChangeIsFlaggedAndStillPaid() {
        run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78", BENT + ";12345678;2024-04;9000;0;0;40"));
        run(JUNE, Fixture.csv(ANNA + ";12345678;2024-05;30000;0;1500;150", BENT + ";12345678;2024-05;9000;0;0;40"));
        Payout june = payout(anna, JUNE, 1);
        assertThat(june.status()).isEqualTo(Payout.Status.UDBETALES);
        assertThat(flags(anna)).extracting(CaseFlag::kode).contains("USAEDVANLIG_AENDRING");
        assertThat(flags(bent)).extracting(CaseFlag::kode).doesNotContain("USAEDVANLIG_AENDRING");
    }

    @Test
    void aMonthIsComparedWithTheMonthBeforeAsThisRunCorrectedIt() {
        // May is paid on a high April wage (a small subsidy); June's file corrects April to the wage of May.
        run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;30000;0;1500;150", BENT + ";12345678;2024-04;9000;0;0;40"));
        PayoutRun.Result r = run(JUNE, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78",
            ANNA + ";12345678;2024-05;14000;400;1200;78", BENT + ";12345678;2024-05;9000;0;0;40"));
        assertThat(r.corrections()).isEqualTo(1);
        assertThat(payout(anna, JUNE, 1).beregnetTilskud()).isEqualByComparingTo(payout(anna, MAY, 2).beregnetTilskud());
        // June is compared with May as corrected, not as first paid: the same wage is no unusual change.
        assertThat(flags(anna)).extracting(CaseFlag::kode).doesNotContain("USAEDVANLIG_AENDRING");
    }

    @Test
    void incomeWithoutAFleksjobIsFlaggedNotPaid() {
        Person carl = store.cases().createPerson(Fixture.CASEWORKER, "0303900789", "Carl");
        run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78", BENT + ";12345678;2024-04;9000;0;0;40",
            "0303900789;11112222;2024-04;5000;0;0;20"));
        assertThat(payouts(carl)).isEmpty();
        assertThat(flags(carl)).singleElement().satisfies(f -> assertThat(f.kode()).isEqualTo("INDKOMST_UDEN_FLEKSJOB"));
        run(MAY, Fixture.csv(ANNA + ";12345678;2024-04;14000;400;1200;78", BENT + ";12345678;2024-04;9000;0;0;40",
            "0303900789;11112222;2024-04;5000;0;0;20"));
        assertThat(flags(carl)).hasSize(1);
    }

    @Test
    void aFlagIsResolvedByACaseworkerWithOptimisticLocking() {
        run(MAY, Fixture.csv(BENT + ";12345678;2024-04;9000;0;0;40"));
        CaseFlag f = flags(anna).get(0);
        CaseFlag done = store.cases().resolveFlag(Fixture.CASEWORKER, f.id(), f.version(), "lønseddel modtaget");
        assertThat(done.status()).isEqualTo(CaseFlag.Status.AFKLARET);
        assertThat(done.afklaretAf()).isEqualTo("sb1");
        assertThatThrownBy(() -> store.cases().resolveFlag(Fixture.CASEWORKER, f.id(), f.version(), "igen"))
            .isInstanceOf(ConcurrentChangeException.class);
        assertThat(store.audit().forPerson(Fixture.CASEWORKER, anna.id()).get(0).handling()).isEqualTo("AFKLAR_FLAG");
        // Settled with its current version, a settled point is still not settled again: the first reason stays.
        assertThatThrownBy(() -> store.cases().resolveFlag(Fixture.CASEWORKER, f.id(), done.version(), "igen"))
            .isInstanceOf(dk.fleksjob.rules.InvalidInputException.class).hasMessageContaining("allerede afklaret");
        assertThat(flags(anna).get(0).afklaring()).isEqualTo("lønseddel modtaget");
        assertThat(store.audit().forPerson(Fixture.CASEWORKER, anna.id()).stream()
            .filter(e -> e.handling().equals("AFKLAR_FLAG"))).hasSize(1);
    }

    @Test
    void aMonthTheRatesDoNotCoverIsRefusedBeforeAnyImport() throws Exception {
        assertThatThrownBy(() -> run(YearMonth.of(2031, 1), Fixture.csv(ANNA + ";12345678;2030-12;1;0;0;0")))
            .isInstanceOf(dk.fleksjob.rules.InvalidInputException.class);
        assertThat(count("indkomst_import")).isZero();
    }
}
