package dk.fleksjob.server.sager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

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
        MockHttpServletResponse r = s.submit("/sager/ny", post("/sager").param("cpr", "12345").param("navn", "X"));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("CPR-nummeret skal være 10 cifre");
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
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"ansaettelser\":\\[\\{\"id\":(\\d+)").matcher(sag);
        assertThat(m.find()).as(sag).isTrue();
        String employment = url + "/ansaettelser/" + m.group(1);

        // A later fleksjob, begun before 40: a permanent one is possible from the first new grant at 40 or more,
        // 1 March 2037 (the grants run 5 years from 1 March 2027)
        String calendar = s.html("/sager/frister");
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
        calendar = s.html("/sager/frister");
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
