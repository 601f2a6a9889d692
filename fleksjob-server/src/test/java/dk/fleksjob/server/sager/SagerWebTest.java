package dk.fleksjob.server.sager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Login, roles, jobcentres, CSRF and optimistic locking through the case pages. */
@SpringBootTest(properties = "fleksjob.store.url=jdbc:h2:mem:sagerweb;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SagerWebTest {

    @Autowired
    MockMvc mvc;

    /** Creates a case through the form and returns its id (from the redirect). */
    static long createCase(SagerLogin s, String cpr, String navn) throws Exception {
        MockHttpServletResponse r = s.submit("/sager/ny", post("/sager").param("cpr", cpr).param("navn", navn));
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).matches("/sager/\\d+").doesNotContain(cpr.substring(0, 6));
        return Long.parseLong(r.getRedirectedUrl().substring("/sager/".length()));
    }

    @Test
    void anonymousIsSentToTheLoginPageButTheCalculatorsStayPublic() throws Exception {
        for (String url : new String[] {"/sager", "/sager/1", "/sager/udbetaling", "/sager/frister"}) {
            MockHttpServletResponse r = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(r.getStatus()).as(url).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(url).endsWith("/login");
        }
        assertThat(mvc.perform(get("/fleksloen")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
            .contains("Log ind", "name=\"_csrf\"");
        assertThat(mvc.perform(get("/api/v1/sager")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        SagerLogin s = new SagerLogin(mvc);
        MockHttpServletResponse r = s.perform(post("/login").param("username", "sagsbehandler")
            .param("password", "forkert").param("_csrf", s.csrf("/login")));
        assertThat(r.getRedirectedUrl()).isEqualTo("/login?fejl");
        assertThat(s.perform(get("/sager")).getStatus()).isEqualTo(302);
    }

    @Test
    void aCaseworkerCreatesACaseAndSeesItWithTheCprMasked() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        long id = createCase(s, "0101901111", "Anna Andersen");
        String list = s.html("/sager");
        assertThat(list).contains("Anna Andersen", "010190-XXXX", "København").doesNotContain("0101901111");
        assertThat(s.html("/sager/" + id)).contains("Anna Andersen", "010190-XXXX").doesNotContain("0101901111");
    }

    @Test
    void aBadCprIsShownBesideTheFormAndNothingIsCreated() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        MockHttpServletResponse r = s.submit("/sager/ny", post("/sager").param("cpr", "12345").param("navn", "X Uoprettet"));
        assertThat(r.getStatus()).isEqualTo(400);
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("href=\"#cpr\"");
        assertThat(between(body, "<div class=\"form-group form-error\">", "</div>"))
            .contains("id=\"cpr-fejl\"", "CPR-nummeret skal være 10 cifre", "aria-invalid=\"true\"");
        // the name typed is kept, the CPR number is not shown again
        assertThat(body).contains("value=\"X Uoprettet\"").doesNotContain("value=\"12345\"");
        assertThat(s.html("/sager")).doesNotContain("X Uoprettet");
    }

    @Test
    void anotherJobcentresCaseworkerGets404AndDoesNotSeeTheCase() throws Exception {
        SagerLogin kbh = SagerLogin.as(mvc, "sagsbehandler");
        long id = createCase(kbh, "0202902222", "Bo Bentsen");
        SagerLogin frb = SagerLogin.as(mvc, "frederiksberg");
        assertThat(frb.perform(get("/sager/" + id)).getStatus()).isEqualTo(404);
        assertThat(frb.html("/sager")).doesNotContain("Bo Bentsen");
        MockHttpServletResponse rename = frb.submit("/sager",
            post("/sager/" + id + "/navn").param("navn", "Overtaget").param("version", "0"));
        assertThat(rename.getStatus()).isEqualTo(404);
        assertThat(kbh.html("/sager/" + id)).contains("Bo Bentsen");
    }

    @Test
    void theAuditLogIsForTheLeaderNotTheCaseworker() throws Exception {
        assertThat(SagerLogin.as(mvc, "sagsbehandler").perform(get("/sager/revision")).getStatus()).isEqualTo(403);
        assertThat(SagerLogin.as(mvc, "leder").html("/sager/revision")).contains("Revisionsspor");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        MockHttpServletResponse r = s.perform(post("/sager").param("cpr", "0303903333").param("navn", "Uden token"));
        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(s.html("/sager")).doesNotContain("Uden token");
        // and logging in without it is refused too
        MockHttpServletResponse login = new SagerLogin(mvc).perform(post("/login")
            .param("username", "sagsbehandler").param("password", "demo"));
        assertThat(login.getStatus()).isEqualTo(403);
    }

    @Test
    void twoCaseworkersChangingTheSameCaseTheSecondGets409AndNothingIsOverwritten() throws Exception {
        SagerLogin a = SagerLogin.as(mvc, "sagsbehandler");
        SagerLogin b = SagerLogin.as(mvc, "leder");
        long id = createCase(a, "0404904444", "Cecilie Carlsen");
        // both open the case at version 0
        String url = "/sager/" + id;
        String tokenA = a.csrf(url);
        String tokenB = b.csrf(url);
        MockHttpServletResponse first = a.perform(post(url + "/navn").param("navn", "Cecilie Carlsen Dahl")
            .param("version", "0").param("_csrf", tokenA));
        assertThat(first.getStatus()).isEqualTo(302);
        MockHttpServletResponse second = b.perform(post(url + "/navn").param("navn", "Cecilie C.")
            .param("version", "0").param("_csrf", tokenB));
        assertThat(second.getStatus()).isEqualTo(409);
        String body = second.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as(body)
            .contains("Sagen er ændret af en anden", "Din ændring er ikke gemt", "href=\"/sager/" + id + "\"");
        assertThat(a.html(url)).contains("Cecilie Carlsen Dahl").doesNotContain("Cecilie C.<");
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder api(
        org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r, String user, String json) {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        r.header("Authorization", "Basic " + basic);
        return json == null ? r : r.contentType("application/json").content(json);
    }

    @Test
    void theApiCreatesAndEditsACaseAndAStaleVersionGets409() throws Exception {
        MockHttpServletResponse created = mvc.perform(api(post("/api/v1/sager"), "sagsbehandler",
            "{\"cpr\":\"0505905555\",\"navn\":\"Dan Dam\"}")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        String body = created.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"cpr\":\"050590-XXXX\"", "\"version\":0").doesNotContain("0505905555");
        String url = created.getHeader("Location");
        assertThat(mvc.perform(api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url),
            "sagsbehandler", "{\"navn\":\"Dan Dam Due\",\"version\":0}")).andReturn().getResponse().getStatus())
            .isEqualTo(200);
        MockHttpServletResponse stale = mvc.perform(api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .put(url), "leder", "{\"navn\":\"Dan D.\",\"version\":0}")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).isEqualTo("application/problem+json");
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("Sagen er ændret af en anden");
        assertThat(mvc.perform(api(get(url), "frederiksberg", null)).andReturn().getResponse().getStatus())
            .isEqualTo(404);
        assertThat(mvc.perform(api(get(url), "sagsbehandler", null)).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8)).contains("Dan Dam Due");
        assertThat(mvc.perform(get(url).header("Authorization", "Basic eDp5"))
            .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    // ---- editing an employment from the case page --------------------------------------------------------

    /** Adds an employment through the form and returns its id (from its edit form on the case page). */
    static long addEmployment(SagerLogin s, long id) throws Exception {
        String url = "/sager/" + id;
        assertThat(s.submit(url, post(url + "/ansaettelser").param("cvr", "12345678").param("fra", "2026-01-01")
            .param("timerPrUge", "18").param("intensitet", "1").param("timeloen", "190,48").param("pensionProcent", "5")
            .param("fuldtidsloen", "32067")).getStatus()).isEqualTo(302);
        Matcher m = Pattern.compile("action=\"/sager/" + id + "/ansaettelser/(\\d+)\"").matcher(s.html(url));
        assertThat(m.find()).as("edit form of the employment").isTrue();
        return Long.parseLong(m.group(1));
    }

    static MockHttpServletRequestBuilder employmentEdit(long id, long employmentId, String version, String hours) {
        return post("/sager/" + id + "/ansaettelser/" + employmentId).param("version", version).param("cvr", "12345678")
            .param("fra", "2026-01-01").param("til", "2026-12-31").param("timerPrUge", hours).param("intensitet", "0,5")
            .param("timeloen", "200").param("pensionProcent", "5").param("fuldtidsloen", "32067");
    }

    @Test
    void anEmploymentIsEditedOnTheCasePageWithItsValuesFilledInAndTheChangeIsAudited() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        long id = createCase(s, "0707907777", "Frida Frost");
        long e = addEmployment(s, id);
        String page = s.html("/sager/" + id);
        // the form holds what is stored, as a caseworker would type it (decimal comma, no thousands separator)
        String form = between(page, "id=\"ansaettelse-" + e + "-form\"", "</form>");
        assertThat(form).contains("name=\"version\" value=\"0\"", "id=\"ansaettelse-" + e + "-cvr\"",
            "value=\"12345678\"", "value=\"2026-01-01\"", "value=\"18\"", "value=\"190,48\"", "value=\"32067\"");
        assertThat(form).contains("<label class=\"form-label\" for=\"ansaettelse-" + e + "-timerPrUge\">Timer pr. uge</label>");

        MockHttpServletResponse r = s.submit("/sager/" + id, employmentEdit(id, e, "0", "20"));
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).isEqualTo("/sager/" + id);
        String after = s.html("/sager/" + id);
        assertThat(after).contains("200,00 kr.", "31. december 2026", "name=\"version\" value=\"1\"")
            .doesNotContain("190,48 kr.");
        assertThat(between(after, "id=\"ansaettelse-" + e + "-form\"", "</form>")).contains("value=\"20\"", "value=\"0,5\"");
        assertThat(SagerLogin.as(mvc, "leder").html("/sager/revision")).contains("RET_ANSAETTELSE");
        // in English the labels are English
        assertThat(s.html("/sager/" + id + "?lang=en")).contains("Edit the employment at CVR 12345678",
            "Hours a week");
    }

    @Test
    void aStaleEmploymentEditGets409AndDoesNotOverwrite() throws Exception {
        SagerLogin a = SagerLogin.as(mvc, "sagsbehandler");
        SagerLogin b = SagerLogin.as(mvc, "leder");
        long id = createCase(a, "0808908888", "Gitte Grøn");
        long e = addEmployment(a, id);
        assertThat(a.submit("/sager/" + id, employmentEdit(id, e, "0", "20")).getStatus()).isEqualTo(302);
        MockHttpServletResponse stale = b.submit("/sager/" + id, employmentEdit(id, e, "0", "25"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8))
            .contains("Sagen er ændret af en anden", "Din ændring er ikke gemt", "href=\"/sager/" + id + "\"");
        assertThat(between(a.html("/sager/" + id), "id=\"ansaettelse-" + e + "-form\"", "</form>"))
            .contains("value=\"20\"").doesNotContain("value=\"25\"");
    }

    @Test
    void negativeHoursGive400WithTheDanishMessageByTheFieldAndNothingIsChanged() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        long id = createCase(s, "0909909999", "Hans Hald");
        long e = addEmployment(s, id);
        MockHttpServletResponse r = s.submit("/sager/" + id, employmentEdit(id, e, "0", "-5"));
        assertThat(r.getStatus()).isEqualTo(400);
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        String field = "ansaettelse-" + e + "-timerPrUge";
        // the summary links to the field; by the field the message, tied to the input; what was typed is kept
        assertThat(body).contains("id=\"fejlopsummering\"", "href=\"#" + field + "\"");
        String group = between(body, "<div class=\"form-group form-error\">", "</div>");
        assertThat(group).contains("id=\"" + field + "-fejl\"", "tallet skal være mellem 0 og 999,99",
            "aria-describedby=\"" + field + "-fejl\"", "aria-invalid=\"true\"", "value=\"-5\"");
        assertThat(between(body, "id=\"ret-ansaettelse-" + e + "\"", ">")).contains("open");
        // the language link goes to the case page, not to the POST's address
        assertThat(body).contains("href=\"/sager/" + id + "?lang=en\"");
        // nothing was saved
        String page = s.html("/sager/" + id);
        assertThat(page).contains("190,48 kr.", "name=\"version\" value=\"0\"").doesNotContain("form-error");
        assertThat(between(page, "id=\"" + field + "\"", ">")).contains("value=\"18\"");
    }

    @Test
    void anotherJobcentreCannotEditAnEmployment() throws Exception {
        SagerLogin kbh = SagerLogin.as(mvc, "sagsbehandler");
        long id = createCase(kbh, "1010901010", "Ib Isak");
        long e = addEmployment(kbh, id);
        SagerLogin frb = SagerLogin.as(mvc, "frederiksberg");
        assertThat(frb.submit("/sager", employmentEdit(id, e, "0", "30")).getStatus()).isEqualTo(404);
        assertThat(between(kbh.html("/sager/" + id), "id=\"ansaettelse-" + e + "-form\"", "</form>"))
            .contains("value=\"18\"", "name=\"version\" value=\"0\"");
    }

    // ---- a decision on a pending (negative) efterregulering -------------------------------------------------

    /** A case with a grant and an employment, and the month's payout. */
    static long caseWithPayout(SagerLogin s, String cpr, String navn) throws Exception {
        long id = createCase(s, cpr, navn);
        assertThat(s.submit("/sager/" + id, post("/sager/" + id + "/bevillinger").param("type", "MIDLERTIDIG")
            .param("fra", "2026-01-01").param("til", "2030-12-31")).getStatus()).isEqualTo(302);
        addEmployment(s, id);
        upload(s, cpr + ";12345678;2026-10;10000;0;500;78");
        return id;
    }

    static String upload(SagerLogin s, String line) throws Exception {
        MockHttpServletResponse run = s.perform(multipart("/sager/udbetaling").file(SagerFlowTest.file(line))
            .param("maaned", "2026-11").param("_csrf", s.csrf("/sager/udbetaling")));
        String report = run.getContentAsString(StandardCharsets.UTF_8);
        assertThat(run.getStatus()).isEqualTo(200);
        assertThat(report).as(report).contains("id=\"koert\"");
        return report;
    }

    /**
     * The month is paid on a wage of 10.000 kr.; then a corrected file brings the higher real wage (14.857,14 kr.)
     * for the same month: the subsidy is lower, and the negative difference waits for the caseworker (FVL § 19).
     * Returns the pending payout's id.
     */
    static long pendingCorrection(SagerLogin s, long id, String cpr) throws Exception {
        String report = upload(s, cpr + ";12345678;2026-10;14857.14;0;742.86;78");
        assertThat(report).contains("1 afventer afgørelse");
        Matcher m = Pattern.compile("id=\"udbetaling-(\\d+)\"(?:(?!</tr>).)*Afventer afgørelse", Pattern.DOTALL)
            .matcher(s.html("/sager/" + id));
        assertThat(m.find()).as("a pending payout on the case page").isTrue();
        return Long.parseLong(m.group(1));
    }

    static MockHttpServletRequestBuilder decision(long id, long payoutId, String version, String godkend,
                                                  String begrundelse) {
        MockHttpServletRequestBuilder r = post("/sager/" + id + "/udbetalinger/" + payoutId + "/afgoerelse")
            .param("version", version).param("begrundelse", begrundelse);
        return godkend == null ? r : r.param("godkend", godkend);
    }

    @Test
    void aPendingCorrectionIsApprovedFromTheCasePageWithAReasonAndTheDecisionIsAudited() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        String cpr = "1111901111";
        long id = caseWithPayout(s, cpr, "Jens Juul");
        long p = pendingCorrection(s, id, cpr);
        String page = s.html("/sager/" + id);
        String form = between(page, "id=\"afgoerelse-" + p + "-form\"", "</form>");
        assertThat(form).contains("name=\"version\" value=\"0\"", "name=\"side\" value=\"sag\"",
            "for=\"afgoerelse-" + p + "-godkend\"", "for=\"afgoerelse-" + p + "-frafald\"",
            "for=\"afgoerelse-" + p + "-begrundelse\"", "<legend", "forvaltningsloven § 19");
        assertThat(page).contains("for meget udbetalt");

        MockHttpServletResponse r = s.submit("/sager/" + id, decision(id, p, "0", "true", "Partshørt 1. december 2026"));
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).isEqualTo("/sager/" + id);
        String after = s.html("/sager/" + id);
        assertThat(between(after, "id=\"udbetaling-" + p + "\"", "</tr>")).contains("Godkendt");
        assertThat(after).doesNotContain("id=\"afgoerelse-" + p + "-form\"");
        assertThat(SagerLogin.as(mvc, "leder").html("/sager/revision"))
            .contains("AFGOER_UDBETALING", "GODKENDT: Partshørt 1. december 2026");
    }

    @Test
    void aPendingCorrectionIsDroppedFromItsExplanationPage() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        String cpr = "1212901212";
        long id = caseWithPayout(s, cpr, "Karen Kok");
        long p = pendingCorrection(s, id, cpr);
        String url = "/sager/" + id + "/udbetalinger/" + p;
        assertThat(s.html(url)).contains("id=\"afgoerelse-" + p + "-form\"", "name=\"side\" value=\"forklaring\"");
        // The letter does not call money paid too much "udbetalt", and says no decision is made yet (FVL § 19)
        String letter = letter(s, url);
        assertThat(letter).contains("for meget i fleksløntilskud for november 2026",
            "Jobcentret har endnu ikke truffet afgørelse om beløbet", "forvaltningsloven § 19")
            .doesNotContain("Du får udbetalt");
        MockHttpServletResponse r = s.submit(url, decision(id, p, "0", "false", "God tro").param("side", "forklaring"));
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).isEqualTo(url);
        String after = s.html(url);
        assertThat(after).contains("Ikke opkrævet").doesNotContain("id=\"afgoerelse-" + p + "-form\"");
        assertThat(between(s.html("/sager/" + id), "id=\"udbetaling-" + p + "\"", "</tr>")).contains("Ikke opkrævet");
        assertThat(letter(s, url)).contains("Jobcentret har besluttet ikke at opkræve beløbet")
            .doesNotContain("endnu ikke truffet afgørelse");
    }

    /** The payout's decision letter as one line of text. */
    static String letter(SagerLogin s, String payoutUrl) throws Exception {
        return SagerFlowTest.pdfText(s.perform(get(payoutUrl + "/afgoerelse.pdf")).getContentAsByteArray())
            .replaceAll("\\s+", " ");
    }

    @Test
    void aDecisionWithoutAReasonOrAChoiceIs400ByTheFieldAndAStaleOneIs409() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        String cpr = "1301901313";
        long id = caseWithPayout(s, cpr, "Lars Lund");
        long p = pendingCorrection(s, id, cpr);

        MockHttpServletResponse noReason = s.submit("/sager/" + id, decision(id, p, "0", "true", " "));
        assertThat(noReason.getStatus()).isEqualTo(400);
        String body = noReason.getContentAsString(StandardCharsets.UTF_8);
        String field = "afgoerelse-" + p + "-begrundelse";
        assertThat(body).contains("href=\"#" + field + "\"", "Begrundelse</span>: <span lang=\"da\">feltet skal udfyldes");
        assertThat(between(body, "<div class=\"form-group form-error\">", "</div>"))
            .contains("id=\"" + field + "-fejl\"", "feltet skal udfyldes", "aria-describedby=\"" + field + "-fejl\"");
        // the choice made is kept
        assertThat(between(body, "id=\"afgoerelse-" + p + "-godkend\"", ">")).contains("checked");

        MockHttpServletResponse noChoice = s.submit("/sager/" + id, decision(id, p, "0", null, "Partshørt"));
        assertThat(noChoice.getStatus()).isEqualTo(400);
        assertThat(noChoice.getContentAsString(StandardCharsets.UTF_8))
            .contains("id=\"afgoerelse-" + p + "-godkend-fejl\"", "vælg, om efterreguleringen godkendes eller frafaldes");

        // from the explanation page the error is shown there
        String url = "/sager/" + id + "/udbetalinger/" + p;
        MockHttpServletResponse there = s.submit(url, decision(id, p, "0", "false", "").param("side", "forklaring"));
        assertThat(there.getStatus()).isEqualTo(400);
        assertThat(there.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"forklaring\"", field + "-fejl");

        // nothing was decided; then a decision, and a second one on the old version is refused
        assertThat(between(s.html("/sager/" + id), "id=\"udbetaling-" + p + "\"", "</tr>")).contains("Afventer afgørelse");
        assertThat(s.submit("/sager/" + id, decision(id, p, "0", "false", "God tro")).getStatus()).isEqualTo(302);
        MockHttpServletResponse stale = s.submit("/sager/" + id, decision(id, p, "0", "true", "Modregnes"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("Sagen er ændret af en anden");
        assertThat(between(s.html("/sager/" + id), "id=\"udbetaling-" + p + "\"", "</tr>")).contains("Ikke opkrævet");

        // another jobcentre does not find it
        assertThat(SagerLogin.as(mvc, "frederiksberg").submit("/sager", decision(id, p, "1", "true", "x")).getStatus())
            .isEqualTo(404);
    }

    @Test
    void theApiDecidesAPendingCorrection() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        String cpr = "1402901414";
        long id = caseWithPayout(s, cpr, "Mette Mørk");
        long p = pendingCorrection(s, id, cpr);
        String url = "/api/v1/sager/" + id + "/udbetalinger/" + p + "/afgoerelse";
        assertThat(mvc.perform(api(get("/api/v1/sager/" + id), "sagsbehandler", null)).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":\"AFVENTER\"", "\"version\":0");

        MockHttpServletResponse noReason = mvc.perform(api(post(url), "sagsbehandler",
            "{\"version\":0,\"godkend\":true}")).andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentType()).isEqualTo("application/problem+json");
        assertThat(noReason.getContentAsString(StandardCharsets.UTF_8)).contains("\"felt\":\"begrundelse\"");
        MockHttpServletResponse noChoice = mvc.perform(api(post(url), "sagsbehandler",
            "{\"version\":0,\"begrundelse\":\"x\"}")).andReturn().getResponse();
        assertThat(noChoice.getStatus()).isEqualTo(422);
        assertThat(noChoice.getContentAsString(StandardCharsets.UTF_8)).contains("\"felt\":\"godkend\"");
        assertThat(mvc.perform(api(post(url), "frederiksberg", "{\"version\":0,\"godkend\":true,\"begrundelse\":\"x\"}"))
            .andReturn().getResponse().getStatus()).isEqualTo(404);

        MockHttpServletResponse ok = mvc.perform(api(post(url), "sagsbehandler",
            "{\"version\":0,\"godkend\":true,\"begrundelse\":\"Partshørt\"}")).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":\"GODKENDT\"", "\"version\":1");
        MockHttpServletResponse stale = mvc.perform(api(post(url), "leder",
            "{\"version\":0,\"godkend\":false,\"begrundelse\":\"God tro\"}")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).isEqualTo("application/problem+json");
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("samtidig-aendring");
    }

    /** The calendar's rows of one case (other tests' cases share the jobcentre). */
    static String rowsOf(String calendar, long id) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("<tr>(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
            .matcher(calendar);
        while (m.find()) {
            if (m.group().contains("href=\"/sager/" + id + "\"")) {
                out.append(m.group()).append('\n');
            }
        }
        assertThat(out).as("calendar rows of case " + id).isNotEmpty();
        return out.toString();
    }

    static String between(String s, String start, String end) {
        int i = s.indexOf(start);
        assertThat(i).as("'" + start + "' in the page").isNotNegative();
        i += start.length();
        return s.substring(i, s.indexOf(end, i));
    }

    /** The API's errors are all RFC 9457 problems, as its OpenAPI document says (ApiTest). */
    @Test
    void theApiAnswersEveryErrorAsAProblem() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get("/api/v1/sager")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"fleksjob\"");
        assertThat(anonymous.getContentType()).startsWith("application/problem+json");
        assertThat(anonymous.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":401",
            "\"type\":\"urn:fleksjob:problem:ikke-logget-ind\"", "\"instance\":\"/api/v1/sager\"");
        MockHttpServletResponse wrong = mvc.perform(get("/api/v1/sager").header("Authorization", "Basic eDp5"))
            .andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse unreadable = mvc.perform(api(post("/api/v1/sager"), "sagsbehandler", "{\"cpr\":"))
            .andReturn().getResponse();
        assertThat(unreadable.getStatus()).isEqualTo(400);
        assertThat(unreadable.getContentType()).startsWith("application/problem+json");
        assertThat(unreadable.getContentAsString(StandardCharsets.UTF_8)).contains("\"fejl\":[{");

        MockHttpServletResponse invalid = mvc.perform(api(post("/api/v1/sager"), "sagsbehandler",
            "{\"cpr\":\"12345\",\"navn\":\"X\"}")).andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentType()).startsWith("application/problem+json");
        assertThat(invalid.getContentAsString(StandardCharsets.UTF_8)).contains("\"fejl\":[{", "\"felt\":\"cpr\"")
            .doesNotContain("12345");

        MockHttpServletResponse missing = mvc.perform(api(get("/api/v1/sager/999999"), "sagsbehandler", null))
            .andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentType()).startsWith("application/problem+json");
    }

    /**
     * "Første fleksjob" on the new-employment form: stored, shown by the API, kept by an edit that does not send
     * it, and used by the deadline calendar (a later fleksjob: a permanent one becomes possible, LAB § 120, stk. 2).
     */
    @Test
    void anEmploymentSaysWhetherItIsTheFirstFleksjobAndTheCalendarUsesIt() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        // Born 7 July 1992: 34 when the fleksjob begins on 1 March 2027, 40 on 7 July 2032
        long id = createCase(s, "0707921777", "Erik Ebbesen");
        String url = "/sager/" + id;
        assertThat(s.html(url)).contains("name=\"foersteFleksjob\"", "Første fleksjob", "Ikke oplyst");
        assertThat(s.submit(url, post(url + "/bevillinger").param("type", "MIDLERTIDIG").param("fra", "2027-03-01")
            .param("til", "2032-02-29")).getStatus()).isEqualTo(302);
        assertThat(s.submit(url, post(url + "/ansaettelser").param("cvr", "12345678").param("fra", "2027-03-01")
            .param("timerPrUge", "15").param("timeloen", "180").param("foersteFleksjob", "false")).getStatus())
            .isEqualTo(302);
        String sag = mvc.perform(api(get("/api/v1/sager/" + id), "sagsbehandler", null)).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(sag).contains("\"foersteFleksjob\":false");
        Matcher m = Pattern.compile("\"ansaettelser\":\\[\\{\"id\":(\\d+)").matcher(sag);
        assertThat(m.find()).as(sag).isTrue();
        String employment = url + "/ansaettelser/" + m.group(1);
        // the case page shows the answer, and the employment's edit form has it checked
        String editForm = between(s.html(url), "id=\"ansaettelse-" + m.group(1) + "-form\"", "</form>");
        assertThat(editForm).containsPattern("id=\"ansaettelse-\\d+-foerste-nej\"[^>]*checked")
            .doesNotContainPattern("id=\"ansaettelse-\\d+-foerste-ja\"[^>]*checked");

        // A later fleksjob, begun before 40: a permanent one is possible from the first new grant at 40 or more,
        // 1 March 2037 (the grants run 5 years from 1 March 2027)
        String calendar = rowsOf(s.html("/sager/frister"), id);
        assertThat(calendar).containsPattern("<td>1\\. marts 2037</td>\\s*<td><span>Et permanent fleksjob kan "
            + "bevilges</span></td>\\s*<td>LAB § 120, stk\\. 2</td>")
            .doesNotContain("Ikke oplyst, om det er personens første fleksjob");

        // An edit that does not send the field keeps it; one that sends "ikke oplyst" clears it
        assertThat(s.submit(url, post(employment).param("version", "0").param("cvr", "12345678")
            .param("fra", "2027-03-01").param("timerPrUge", "16").param("timeloen", "180")).getStatus()).isEqualTo(302);
        assertThat(mvc.perform(api(get("/api/v1/sager/" + id), "sagsbehandler", null)).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8)).contains("\"timerPrUge\":16", "\"foersteFleksjob\":false");
        assertThat(s.submit(url, post(employment).param("version", "1").param("cvr", "12345678")
            .param("fra", "2027-03-01").param("timerPrUge", "16").param("timeloen", "180").param("foersteFleksjob", ""))
            .getStatus()).isEqualTo(302);
        assertThat(mvc.perform(api(get("/api/v1/sager/" + id), "sagsbehandler", null)).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8)).contains("\"foersteFleksjob\":null");
        // Not stated: the calendar assumes the first fleksjob, says so, and suggests no permanent one
        calendar = rowsOf(s.html("/sager/frister"), id);
        assertThat(calendar).contains("Ikke oplyst, om det er personens første fleksjob")
            .doesNotContain("Et permanent fleksjob kan bevilges");
        String ics = s.perform(get("/sager/frister.ics")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(ics.replace("\r\n ", "")).contains("Ikke oplyst\\, om det er personens første fleksjob");

        assertThat(s.submit(url, post(url + "/ansaettelser").param("cvr", "12345678").param("fra", "2027-03-01")
            .param("timerPrUge", "15").param("timeloen", "180").param("foersteFleksjob", "maaske")).getStatus())
            .isEqualTo(422);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        MockHttpServletResponse r = s.submit("/sager", post("/logout"));
        assertThat(r.getRedirectedUrl()).isEqualTo("/login?logget-ud");
        assertThat(mvc.perform(get("/sager").session(s.session)).andReturn().getResponse().getStatus())
            .isEqualTo(302);
    }
}
