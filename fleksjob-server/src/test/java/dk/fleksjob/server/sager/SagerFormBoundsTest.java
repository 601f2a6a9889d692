package dk.fleksjob.server.sager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.fleksjob.store.CaseFile;
import dk.fleksjob.store.CaseFlag;
import dk.fleksjob.store.Caseworker;
import dk.fleksjob.store.Payout;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every case form keeps to what the store's columns hold (V1__case_store.sql, {@link ColumnLimits}): at the bound a
 * value is stored exactly as typed; one step over it (or one decimal more) the page comes back with 400 and the Danish
 * message by the field, what was typed is still in the field, and nothing on the case changed. Before this a value
 * over the bound was a database error (500) and extra decimals were rounded (10,555 stored as 10,56).
 */
@SpringBootTest(properties = "fleksjob.store.url=jdbc:h2:mem:sagerformbounds;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SagerFormBoundsTest {

    static final Caseworker KBH = new Caseworker("test", "København");
    static final String N40 = "x".repeat(40);
    static final String N200 = "N".repeat(200);
    static final String N2000 = "n".repeat(2000);

    @Autowired
    MockMvc mvc;

    @Autowired
    SagerStore store;

    /** A CPR number not used before in this database: 1 January 1990, serials from 1000. */
    static int serial = 1000;

    static synchronized String nextCpr() {
        return "010190" + serial++;
    }

    /** What a form's change needs besides the case: nothing, an employment, a grant, a pending efterregulering. */
    enum Setup { CASE, EMPLOYMENT, GRANT, PENDING }

    /** The case and the record a form changes: its id and the version read. */
    record Target(long id, long recordId, int version) {
    }

    /**
     * One boundary pair on one form.
     *
     * @param path     the form's address under the case, {@code {r}} for the record's id
     * @param base     the form's other fields, all good
     * @param inputId  the field's input on the page ({@code {r}}: the record's id)
     * @param stored   the stored value read back, to compare with {@code expected}
     */
    record Pair(String name, Setup setup, String path, Map<String, String> base, String field, String inputId,
                String accepted, String refused, String message, Function<CaseFile, Object> stored, Object expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Map<String, String> form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static final Map<String, String> EMPLOYMENT = form("cvr", "12345678", "fra", "2026-01-01", "timerPrUge", "18",
        "intensitet", "1", "timeloen", "190,48", "pensionProcent", "5");
    static final Map<String, String> VISITATION = form("dato", "2026-01-15", "timerPrUge", "18", "intensitet", "1",
        "kategori", "89 pct.");
    static final Map<String, String> EVENT = form("type", "SYGDOM", "dato", "2026-03-02");
    static final Map<String, String> GRANT = form("type", "MIDLERTIDIG", "fra", "2026-01-01", "til", "2030-12-31");

    static Object lastEmployment(CaseFile c, Function<dk.fleksjob.store.Employment.Terms, Object> term) {
        return term.apply(c.ansaettelser().get(c.ansaettelser().size() - 1).terms());
    }

    static CaseFlag negativeCorrectionFlag(CaseFile c) {
        return c.flag().stream().filter(f -> f.kode().equals("NEGATIV_EFTERREGULERING")).findFirst().orElseThrow();
    }

    /*
     * The pairs. Numbers: numeric(5,2) holds 999,99 (hours, pension), numeric(10,2) 99.999.999,99 (the hourly wage),
     * numeric(4,3) intensity to 3 decimals, the full-time wage is kept to 1.000.000.000. Texts: visitation category
     * varchar(40), note and afklaring varchar(2000), name varchar(200); a decision's reason goes into the point's
     * afklaring after "Efterreguleringen er frafaldet: " (32 characters): 2000 - 32 = 1968. Dates: four-digit years.
     */
    static final List<Pair> PAIRS = List.of(
        new Pair("ny ansættelse: timer 999,99 / 1000", Setup.CASE, "/ansaettelser", EMPLOYMENT, "timerPrUge", "a-timer",
            "999,99", "1000", "tallet skal være mellem 0 og 999,99",
            c -> lastEmployment(c, t -> t.timerPrUge()), new BigDecimal("999.99")),
        new Pair("ny ansættelse: timer med 2 / 3 decimaler", Setup.CASE, "/ansaettelser", EMPLOYMENT, "timerPrUge",
            "a-timer", "10,55", "10,555", "højst 2 decimaler",
            c -> lastEmployment(c, t -> t.timerPrUge()), new BigDecimal("10.55")),
        new Pair("ny ansættelse: pension 999,99 / 1000", Setup.CASE, "/ansaettelser", EMPLOYMENT, "pensionProcent",
            "a-pension", "999,99", "1000", "tallet skal være mellem 0 og 999,99",
            c -> lastEmployment(c, t -> t.pensionProcent()), new BigDecimal("999.99")),
        new Pair("ny ansættelse: timeløn 99.999.999,99 / 100.000.000", Setup.CASE, "/ansaettelser", EMPLOYMENT,
            "timeloen", "a-timeloen", "99999999,99", "100000000", "tallet skal være mellem 0 og 99.999.999,99",
            c -> lastEmployment(c, t -> t.timeloen()), new BigDecimal("99999999.99")),
        new Pair("ny ansættelse: timeløn med 2 / 3 decimaler (punktum)", Setup.CASE, "/ansaettelser", EMPLOYMENT,
            "timeloen", "a-timeloen", "190.48", "190.485", "højst 2 decimaler",
            c -> lastEmployment(c, t -> t.timeloen()), new BigDecimal("190.48")),
        new Pair("ny ansættelse: timeløn 1000 / 1.000 (tvetydigt, ikke 1 kr.)", Setup.CASE, "/ansaettelser", EMPLOYMENT,
            "timeloen", "a-timeloen", "1000", "1.000", "højst 2 decimaler",
            c -> lastEmployment(c, t -> t.timeloen()), new BigDecimal("1000")),
        new Pair("ny ansættelse: intensitet med 3 / 4 decimaler", Setup.CASE, "/ansaettelser", EMPLOYMENT, "intensitet",
            "a-intensitet", "0,125", "0,1255", "højst 3 decimaler",
            c -> lastEmployment(c, t -> t.intensitet()), new BigDecimal("0.125")),
        new Pair("ny ansættelse: intensitet 1 / 1,001", Setup.CASE, "/ansaettelser", EMPLOYMENT, "intensitet",
            "a-intensitet", "1", "1,001", "intensiteten skal være over 0 og højst 1",
            c -> lastEmployment(c, t -> t.intensitet()), BigDecimal.ONE),
        new Pair("ny ansættelse: fuldtidsløn 1.000.000.000 / 1.000.000.000,01", Setup.CASE, "/ansaettelser", EMPLOYMENT,
            "fuldtidsloen", "a-fuldtid", "1000000000", "1000000000,01", "tallet skal være mellem 0 og 1.000.000.000",
            c -> lastEmployment(c, t -> t.fuldtidsloen()), new BigDecimal("1000000000")),
        new Pair("ret ansættelse: timer 999,99 / 1000", Setup.EMPLOYMENT, "/ansaettelser/{r}", EMPLOYMENT, "timerPrUge",
            "ansaettelse-{r}-timerPrUge", "999,99", "1000", "tallet skal være mellem 0 og 999,99",
            c -> lastEmployment(c, t -> t.timerPrUge()), new BigDecimal("999.99")),
        new Pair("ret ansættelse: timeløn 99.999.999,99 / 100.000.000", Setup.EMPLOYMENT, "/ansaettelser/{r}", EMPLOYMENT,
            "timeloen", "ansaettelse-{r}-timeloen", "99999999,99", "100000000",
            "tallet skal være mellem 0 og 99.999.999,99",
            c -> lastEmployment(c, t -> t.timeloen()), new BigDecimal("99999999.99")),
        new Pair("ret ansættelse: pension med 2 / 3 decimaler", Setup.EMPLOYMENT, "/ansaettelser/{r}", EMPLOYMENT,
            "pensionProcent", "ansaettelse-{r}-pensionProcent", "8,25", "8,255", "højst 2 decimaler",
            c -> lastEmployment(c, t -> t.pensionProcent()), new BigDecimal("8.25")),
        new Pair("visitation: timer 999,99 / 1000", Setup.CASE, "/visitationer", VISITATION, "timerPrUge", "v-timer",
            "999,99", "1000", "tallet skal være mellem 0 og 999,99",
            c -> c.visitationer().get(0).timerPrUge(), new BigDecimal("999.99")),
        new Pair("visitation: kategori 40 / 41 tegn", Setup.CASE, "/visitationer", VISITATION, "kategori", "v-kategori",
            N40, N40 + "x", "højst 40 tegn", c -> c.visitationer().get(0).ledighedsydelseKategori(), N40),
        new Pair("visitation: intensitet med 3 / 4 decimaler", Setup.CASE, "/visitationer", VISITATION, "intensitet",
            "v-intensitet", "0,333", "0,3333", "højst 3 decimaler",
            c -> c.visitationer().get(0).intensitet(), new BigDecimal("0.333")),
        new Pair("hændelse: note 2000 / 2001 tegn", Setup.CASE, "/haendelser", EVENT, "note", "h-note", N2000,
            N2000 + "n", "højst 2000 tegn", c -> c.haendelser().get(0).note(), N2000),
        new Pair("hændelse: note uden / med et nul-tegn (PostgreSQL gemmer det ikke)", Setup.CASE, "/haendelser", EVENT,
            "note", "h-note", "ringede", "ringede\u0000", "teksten indeholder et tegn, der ikke kan gemmes",
            c -> c.haendelser().get(0).note(), "ringede"),
        new Pair("navn: 200 / 201 tegn", Setup.CASE, "/navn", form(), "navn", "nyt-navn", N200, N200 + "N",
            "højst 200 tegn", c -> c.person().navn(), N200),
        new Pair("ny bevilling: til 9999-12-31 / +10000-01-01", Setup.CASE, "/bevillinger", GRANT, "til", "b-til",
            "9999-12-31", "+10000-01-01", "datoen skal skrives ÅÅÅÅ-MM-DD",
            c -> c.bevillinger().get(0).til(), LocalDate.of(9999, 12, 31)),
        new Pair("ny bevilling: til samme dag / dagen før fra", Setup.CASE, "/bevillinger", GRANT, "til", "b-til",
            "2026-01-01", "2025-12-31", "slutdatoen ligger før startdatoen",
            c -> c.bevillinger().get(0).til(), LocalDate.of(2026, 1, 1)),
        new Pair("ret bevilling: fra år 1 / år 0", Setup.GRANT, "/bevillinger/{r}", GRANT, "fra", "bevilling-{r}-fra",
            "0001-01-01", "0000-12-31", "datoen skal skrives ÅÅÅÅ-MM-DD",
            c -> c.bevillinger().get(0).fra(), LocalDate.of(1, 1, 1)),
        new Pair("punkt: afklaring 2000 / 2001 tegn", Setup.PENDING, "/flag/{r}", form(), "afklaring", "afklaring-{r}",
            N2000, N2000 + "n", "højst 2000 tegn", c -> negativeCorrectionFlag(c).afklaring(), N2000),
        new Pair("afgørelse: begrundelse 1968 / 1969 tegn", Setup.PENDING, "/udbetalinger/{r}/afgoerelse",
            form("godkend", "false"), "begrundelse", "afgoerelse-{r}-begrundelse", "b".repeat(1968), "b".repeat(1969),
            "højst 1968 tegn", c -> negativeCorrectionFlag(c).afklaring(),
            "Efterreguleringen er frafaldet: " + "b".repeat(1968)));

    @Test
    void everyFormStoresTheValueAtTheBoundExactlyAndRefusesOneStepOverByTheFieldWithNothingChanged() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        for (Pair p : PAIRS) {
            Target t = setUp(s, p.setup(), p.path());
            String url = "/sager/" + t.id();
            String inputId = p.inputId().replace("{r}", String.valueOf(t.recordId()));
            CaseFile before = caseFile(t.id());
            int auditBefore = auditLines(t.id());

            MockHttpServletResponse refused = s.submit(url, request(p, t, p.refused()));
            assertThat(refused.getStatus()).as(p.name()).isEqualTo(400);
            assertMessageByField(p.name(), refused.getContentAsString(StandardCharsets.UTF_8), inputId, p.message(),
                "da", p.refused().indexOf('\u0000') < 0 ? p.refused() : null);
            assertThat(caseFile(t.id())).as(p.name() + ": nothing changed").isEqualTo(before);
            assertThat(auditLines(t.id())).as(p.name() + ": nothing audited").isEqualTo(auditBefore);

            MockHttpServletResponse accepted = s.submit(url, request(p, t, p.accepted()));
            assertThat(accepted.getStatus()).as(p.name() + ": " + accepted.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(302);
            Object stored = p.stored().apply(caseFile(t.id()));
            if (p.expected() instanceof BigDecimal n) {
                assertThat((BigDecimal) stored).as(p.name()).isEqualByComparingTo(n);
            } else {
                assertThat(stored).as(p.name()).isEqualTo(p.expected());
            }
        }
    }

    /** In English the message by the field is the English text from the sager bundle, marked as English. */
    @Test
    void inEnglishTheMessageByTheFieldIsEnglish() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        Target t = setUp(s, Setup.CASE, "");
        String url = "/sager/" + t.id();
        MockHttpServletResponse r = s.submit(url, request(PAIRS.get(0), t, "1000").cookie(new Cookie("sprog", "en")));
        assertThat(r.getStatus()).isEqualTo(400);
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertMessageByField("en", body, "a-timer", "the number must be between 0 and 999.99", "en", "1000");
        assertThat(body).contains("Hours a week</span>: <span lang=\"en\">the number must be between 0 and 999.99")
            .doesNotContain("tallet skal være");
        MockHttpServletResponse decimals = s.submit(url, request(PAIRS.get(1), t, "10,555")
            .cookie(new Cookie("sprog", "en")));
        assertMessageByField("en", decimals.getContentAsString(StandardCharsets.UTF_8), "a-timer", "at most 2 decimals",
            "en", "10,555");
        assertThat(caseFile(t.id()).ansaettelser()).isEmpty();
    }

    /** Several bad fields at once: each by its field, all in the summary, and what was typed is kept. */
    @Test
    void everyBadFieldOfAFormIsShownAtOnce() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        Target t = setUp(s, Setup.CASE, "");
        String url = "/sager/" + t.id();
        MockHttpServletRequestBuilder r = post(url + "/ansaettelser");
        form("cvr", "1234", "fra", "2026-01-01", "til", "2025-01-01", "timerPrUge", "1000", "intensitet", "0",
            "timeloen", "190,485", "pensionProcent", "5", "foersteFleksjob", "false").forEach(r::param);
        MockHttpServletResponse bad = s.submit(url, r);
        assertThat(bad.getStatus()).isEqualTo(400);
        String body = bad.getContentAsString(StandardCharsets.UTF_8);
        assertMessageByField("cvr", body, "a-cvr", "CVR-nummeret skal være 8 cifre", "da", "1234");
        assertMessageByField("til", body, "a-til", "slutdatoen ligger før startdatoen", "da", "2025-01-01");
        assertMessageByField("timer", body, "a-timer", "tallet skal være mellem 0 og 999,99", "da", "1000");
        assertMessageByField("intensitet", body, "a-intensitet", "intensiteten skal være over 0 og højst 1", "da", "0");
        assertMessageByField("timeløn", body, "a-timeloen", "højst 2 decimaler", "da", "190,485");
        assertThat(SagerWebTest.between(body, "id=\"fejlopsummering\"", "</ul>")).contains("href=\"#a-cvr\"",
            "href=\"#a-til\"", "href=\"#a-timer\"", "href=\"#a-intensitet\"", "href=\"#a-timeloen\"");
        assertThat(body).containsPattern("id=\"a-foerste-nej\"[^>]*checked");
        assertThat(caseFile(t.id()).ansaettelser()).isEmpty();
    }

    /** A new case: the name at most 200 characters (person.navn); nothing is created when it is longer. */
    @Test
    void aNewCaseNameOf200IsStoredAnd201IsRefusedByTheField() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        int cases = store.get().cases().persons(KBH).size();
        MockHttpServletResponse refused = s.submit("/sager/ny", post("/sager").param("cpr", nextCpr())
            .param("navn", N200 + "N"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertMessageByField("navn", refused.getContentAsString(StandardCharsets.UTF_8), "navn", "højst 200 tegn", "da",
            N200 + "N");
        assertThat(store.get().cases().persons(KBH)).hasSize(cases);
        long id = SagerWebTest.createCase(s, nextCpr(), N200);
        assertThat(caseFile(id).person().navn()).isEqualTo(N200);
    }

    /**
     * The payout run's form: the month with a four-digit year (months are char(7)), and a file name of at most 500
     * characters (indkomst_import.filnavn). Refused: 400 by the field, nothing imported.
     */
    @Test
    void thePayoutRunRefusesAFiveDigitYearAndAFileNameOver500ByTheField() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        String cpr = nextCpr();
        long id = SagerWebTest.createCase(s, cpr, "Ulla Upload");
        String line = cpr + ";12345678;2026-10;10000;0;500;78";
        SagerWebTest.addEmployment(s, id);

        MockHttpServletResponse month = upload(s, "+10000-11", "indkomst.csv", line);
        assertThat(month.getStatus()).isEqualTo(400);
        assertMessageByField("måned", month.getContentAsString(StandardCharsets.UTF_8), "maaned",
            "måneden skal skrives ÅÅÅÅ-MM", "da", "+10000-11");
        String longName = "i".repeat(497) + ".csv";
        MockHttpServletResponse name = upload(s, "2026-11", longName, line);
        assertThat(name.getStatus()).isEqualTo(400);
        assertMessageByField("fil", name.getContentAsString(StandardCharsets.UTF_8), "fil",
            "filens navn må højst have 500 tegn", "da", null);
        assertThat(caseFile(id).udbetalinger()).isEmpty();

        MockHttpServletResponse ok = upload(s, "2026-11", longName.substring(1), line);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"koert\"");
        assertThat(caseFile(id).udbetalinger()).extracting(Payout::maaned).containsExactly(YearMonth.of(2026, 11));
    }

    MockHttpServletResponse upload(SagerLogin s, String month, String fileName, String line) throws Exception {
        MockMultipartFile file = new MockMultipartFile("fil", fileName, "text/csv",
            ("cpr;cvr;indkomstmaaned;loen;pension_ansat;pension_arbejdsgiver;timer\n" + line + "\n")
                .getBytes(StandardCharsets.UTF_8));
        return s.perform(multipart("/sager/udbetaling").file(file).param("maaned", month)
            .param("_csrf", s.csrf("/sager/udbetaling")));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    Target setUp(SagerLogin s, Setup setup, String path) throws Exception {
        String cpr = nextCpr();
        return switch (setup) {
            case CASE -> new Target(SagerWebTest.createCase(s, cpr, "Bo Bund"), 0, 0);
            case EMPLOYMENT -> {
                long id = SagerWebTest.createCase(s, cpr, "Bo Bund");
                yield new Target(id, SagerWebTest.addEmployment(s, id), 0);
            }
            case GRANT -> {
                long id = SagerWebTest.createCase(s, cpr, "Bo Bund");
                assertThat(s.submit("/sager/" + id, post("/sager/" + id + "/bevillinger").param("type", "MIDLERTIDIG")
                    .param("fra", "2026-01-01").param("til", "2030-12-31")).getStatus()).isEqualTo(302);
                yield new Target(id, caseFile(id).bevillinger().get(0).id(), 0);
            }
            case PENDING -> {
                long id = SagerWebTest.caseWithPayout(s, cpr, "Bo Bund");
                long payout = SagerWebTest.pendingCorrection(s, id, cpr);
                CaseFile c = caseFile(id);
                yield path.startsWith("/flag")
                    ? new Target(id, negativeCorrectionFlag(c).id(), negativeCorrectionFlag(c).version())
                    : new Target(id, payout, c.udbetalinger().stream().filter(u -> u.id() == payout).findFirst()
                        .orElseThrow().version());
            }
        };
    }

    /** The pair's form with the field set to the value, and the version read where the form changes a record. */
    static MockHttpServletRequestBuilder request(Pair p, Target t, String value) {
        MockHttpServletRequestBuilder r = post("/sager/" + t.id() + p.path().replace("{r}", String.valueOf(t.recordId())));
        p.base().forEach((k, v) -> {
            if (!k.equals(p.field())) {
                r.param(k, v);
            }
        });
        if (p.path().contains("{r}") || p.path().equals("/navn")) {
            r.param("version", String.valueOf(t.version()));
        }
        return r.param(p.field(), value);
    }

    CaseFile caseFile(long id) {
        return store.get().cases().caseFile(KBH, id);
    }

    int auditLines(long id) {
        return store.get().audit().forPerson(KBH, id).size();
    }

    /**
     * The message by the field: the error message element tied to the input (aria-describedby, aria-invalid), in the
     * language given, the summary's link to the input, and (unless null) what was typed still in the input.
     */
    static void assertMessageByField(String what, String body, String inputId, String message, String lang,
                                     String typed) {
        assertThat(body).as(what + ": message by the field").contains("id=\"" + inputId + "-fejl\"><span class=\"sr-only\">"
            + (lang.equals("da") ? "Fejl:" : "Error:") + "</span><span lang=\"" + lang + "\">" + message + "</span>");
        assertThat(body).as(what + ": summary").contains("href=\"#" + inputId + "\"");
        Matcher input = Pattern.compile("<input[^>]*\\sid=\"" + Pattern.quote(inputId) + "\"[^>]*>").matcher(body);
        assertThat(input.find()).as(what + ": input " + inputId).isTrue();
        assertThat(input.group()).as(what).contains("aria-invalid=\"true\"").containsPattern(
            "aria-describedby=\"[^\"]*" + Pattern.quote(inputId) + "-fejl");
        if (typed != null) {
            assertThat(input.group()).as(what + ": what was typed").contains("value=\"" + typed + "\"");
        }
    }
}
