package dk.fleksjob.server.sager;

import static dk.fleksjob.server.sager.SagerWebTest.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import dk.fleksjob.store.AuditEntry;
import dk.fleksjob.store.Caseworker;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The case API does what the case pages do: add and change an employment (with "første fleksjob" and the version
 * read), add a visitation, register an event and settle a point "skal afklares". Each operation: the stored values
 * read back through {@code GET /api/v1/sager/{id}}, the audit line, every bad field listed (422), another jobcentre's
 * caseworker 404 with nothing stored, no credentials 401.
 */
@SpringBootTest(properties = "fleksjob.store.url=jdbc:h2:mem:sagerapi;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class SagerApiTest {

    static final String EMPLOYMENT = "{\"cvr\":\"12345678\",\"fra\":\"2026-01-01\",\"timerPrUge\":18,"
        + "\"intensitet\":0.5,\"timeloen\":190.48,\"pensionProcent\":5,\"fuldtidsloen\":32067,\"foersteFleksjob\":true}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    SagerStore store;

    MockHttpServletResponse call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return mvc.perform(api(request, user, body)).andReturn().getResponse();
    }

    JsonNode body(MockHttpServletResponse r) throws Exception {
        return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    /** A case created through the API; returns its id. */
    long createCase(String cpr, String navn) throws Exception {
        MockHttpServletResponse r = call(post("/api/v1/sager"), "sagsbehandler",
            "{\"cpr\":\"" + cpr + "\",\"navn\":\"" + navn + "\"}");
        assertThat(r.getStatus()).isEqualTo(201);
        return body(r).get("id").asLong();
    }

    JsonNode caseFile(long id) throws Exception {
        MockHttpServletResponse r = call(get("/api/v1/sager/" + id), "sagsbehandler", null);
        assertThat(r.getStatus()).isEqualTo(200);
        return body(r);
    }

    /** The audit lines of a case, oldest first, as "HANDLING bruger: detaljer". */
    List<String> audit(long id) {
        List<String> out = new ArrayList<>();
        for (AuditEntry e : store.get().audit().forPerson(new Caseworker("test", "København"), id)) {
            out.add(0, e.handling() + " " + e.bruger() + ": " + e.detaljer());
        }
        return out;
    }

    /** A 422 problem listing exactly these fields, in this order; returns the messages by field, in order. */
    List<String> unusable(MockHttpServletResponse r, String... fields) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(422);
        assertThat(r.getContentType()).isEqualTo("application/problem+json");
        JsonNode p = body(r);
        assertThat(p.get("title").asString()).isEqualTo("Oplysningerne kan ikke bruges");
        List<String> felter = new ArrayList<>();
        List<String> beskeder = new ArrayList<>();
        for (JsonNode f : p.get("fejl")) {
            felter.add(f.get("felt").asString());
            beskeder.add(f.get("felt").asString() + ": " + f.get("besked").asString());
        }
        assertThat(felter).containsExactly(fields);
        return beskeder;
    }

    static void assertNumber(JsonNode n, String expected) {
        assertThat(n.isNumber()).as(n.toString()).isTrue();
        assertThat(n.decimalValue()).isEqualByComparingTo(new BigDecimal(expected));
    }

    static void assertProblem(MockHttpServletResponse r, int status, String type) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        if (type != null) {
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("\"type\":\"" + type + "\"");
        }
    }

    // ---- employments ---------------------------------------------------------------------------------------

    @Test
    void anEmploymentIsAddedWithEveryTermStoredAndAudited() throws Exception {
        long id = createCase("0101801111", "Asta Aagaard");
        MockHttpServletResponse r = call(post("/api/v1/sager/" + id + "/ansaettelser"), "sagsbehandler", EMPLOYMENT);
        assertThat(r.getStatus()).isEqualTo(201);
        JsonNode created = body(r);
        long e = created.get("id").asLong();
        assertThat(r.getHeader("Location")).isEqualTo("/api/v1/sager/" + id + "/ansaettelser/" + e);
        assertThat(created.get("version").asInt()).isZero();

        JsonNode stored = caseFile(id).get("ansaettelser");
        assertThat(stored.size()).isEqualTo(1);
        JsonNode a = stored.get(0);
        assertThat(a.get("id").asLong()).isEqualTo(e);
        assertThat(a.get("cvr").asString()).isEqualTo("12345678");
        assertThat(a.get("fra").asString()).isEqualTo("2026-01-01");
        assertThat(a.get("til").isNull()).isTrue();
        assertNumber(a.get("timerPrUge"), "18");
        assertNumber(a.get("intensitet"), "0.5");
        assertNumber(a.get("timeloen"), "190.48");
        assertNumber(a.get("pensionProcent"), "5");
        assertNumber(a.get("fuldtidsloen"), "32067");
        assertThat(a.get("foersteFleksjob").asBoolean()).isTrue();
        assertThat(a.get("version").asInt()).isZero();
        // the Location is the employment's own address, and reads the same
        assertThat(body(call(get(r.getHeader("Location")), "sagsbehandler", null))).isEqualTo(a);

        // left out: intensity 1, no pension, no lønloft, "første fleksjob" not stated (as the form's defaults)
        MockHttpServletResponse plain = call(post("/api/v1/sager/" + id + "/ansaettelser"), "sagsbehandler",
            "{\"cvr\":\" 87654321 \",\"fra\":\"2026-02-01\",\"til\":\"2026-12-31\",\"timerPrUge\":10.25,\"timeloen\":200}");
        assertThat(plain.getStatus()).isEqualTo(201);
        JsonNode b = caseFile(id).get("ansaettelser").get(1);
        assertThat(b.get("cvr").asString()).isEqualTo("87654321");
        assertThat(b.get("til").asString()).isEqualTo("2026-12-31");
        assertNumber(b.get("timerPrUge"), "10.25");
        assertNumber(b.get("intensitet"), "1");
        assertNumber(b.get("pensionProcent"), "0");
        assertThat(b.get("fuldtidsloen").isNull()).isTrue();
        assertThat(b.get("foersteFleksjob").isNull()).isTrue();

        assertThat(audit(id)).containsExactly("OPRET_PERSON sagsbehandler: sag oprettet for 010180-XXXX",
            "OPRET_ANSAETTELSE sagsbehandler: CVR 12345678 fra 2026-01-01, første fleksjob",
            "OPRET_ANSAETTELSE sagsbehandler: CVR 87654321 fra 2026-02-01");
    }

    @Test
    void aBadEmploymentListsEveryBadFieldInDanishAndNothingIsStored() throws Exception {
        long id = createCase("0202802222", "Bent Bach");
        String url = "/api/v1/sager/" + id + "/ansaettelser";
        List<String> messages = unusable(call(post(url), "sagsbehandler", "{\"cvr\":\"0123\",\"fra\":\"2026-05-01\","
                + "\"til\":\"2026-04-30\",\"timerPrUge\":-5,\"intensitet\":1.5,\"timeloen\":190.485,"
                + "\"pensionProcent\":1000,\"fuldtidsloen\":1000000000.01}"),
            "cvr", "til", "timerPrUge", "intensitet", "timeloen", "pensionProcent", "fuldtidsloen");
        assertThat(messages).containsExactly("cvr: CVR-nummeret skal være 8 cifre",
            "til: slutdatoen ligger før startdatoen", "timerPrUge: tallet skal være mellem 0 og 999,99",
            "intensitet: intensiteten skal være over 0 og højst 1", "timeloen: højst 2 decimaler",
            "pensionProcent: tallet skal være mellem 0 og 999,99",
            "fuldtidsloen: tallet skal være mellem 0 og 1.000.000.000");
        MockHttpServletResponse empty = call(post(url), "sagsbehandler", "{}");
        assertThat(unusable(empty, "cvr", "fra", "timerPrUge", "timeloen")).allMatch(m -> m.endsWith("feltet skal udfyldes"));
        assertThat(body(empty).get("detail").asString()).isEqualTo("4 felter kan ikke bruges: cvr, fra, timerPrUge, timeloen.");
        // more decimals than the store keeps, a year the forms cannot write, a number far too large: 422, never 500
        unusable(call(post(url), "sagsbehandler", "{\"cvr\":\"12345678\",\"fra\":\"+10000-01-01\","
            + "\"timerPrUge\":1E+999999999,\"intensitet\":0.3333,\"timeloen\":200}"), "fra", "timerPrUge", "intensitet");

        // what cannot be read is 400 with the field: a text for a number, a field the API does not have, not JSON
        MockHttpServletResponse text = call(post(url), "sagsbehandler", EMPLOYMENT.replace("18", "\"atten\""));
        assertProblem(text, 400, "urn:fleksjob:problem:ulaeselig-forespoergsel");
        assertThat(body(text).at("/fejl/0/felt").asString()).isEqualTo("timerPrUge");
        assertThat(body(text).at("/fejl/0/kode").asString()).isEqualTo("forkert-type");
        MockHttpServletResponse unknown = call(post(url), "sagsbehandler", EMPLOYMENT.replace("}", ",\"loen\":1}"));
        assertProblem(unknown, 400, null);
        assertThat(body(unknown).at("/fejl/0/kode").asString()).isEqualTo("ukendt-felt");
        assertProblem(call(post(url), "sagsbehandler", "{\"cvr\":"), 400, null);

        assertThat(caseFile(id).get("ansaettelser").size()).isZero();
        assertThat(audit(id)).noneMatch(l -> l.startsWith("OPRET_ANSAETTELSE"));
    }

    @Test
    void anEmploymentIsChangedWithTheVersionReadAndAStaleVersionGets409() throws Exception {
        long id = createCase("0303803333", "Carla Cortsen");
        String location = call(post("/api/v1/sager/" + id + "/ansaettelser"), "sagsbehandler", EMPLOYMENT)
            .getHeader("Location");
        String changed = "{\"cvr\":\"12345678\",\"fra\":\"2026-01-01\",\"til\":\"2026-12-31\",\"timerPrUge\":20,"
            + "\"intensitet\":0.75,\"timeloen\":200,\"pensionProcent\":8.5,\"foersteFleksjob\":false,\"version\":0}";
        MockHttpServletResponse ok = call(put(location), "sagsbehandler", changed);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(body(ok).get("version").asInt()).isEqualTo(1);
        JsonNode a = caseFile(id).get("ansaettelser").get(0);
        assertThat(a.get("til").asString()).isEqualTo("2026-12-31");
        assertNumber(a.get("timerPrUge"), "20");
        assertNumber(a.get("intensitet"), "0.75");
        assertNumber(a.get("timeloen"), "200");
        assertNumber(a.get("pensionProcent"), "8.5");
        assertThat(a.get("fuldtidsloen").isNull()).as("the whole employment is sent: left out is empty").isTrue();
        assertThat(a.get("foersteFleksjob").asBoolean(true)).isFalse();
        assertThat(a.get("version").asInt()).isEqualTo(1);

        // another caseworker who read version 0: 409, and nothing of theirs is saved
        MockHttpServletResponse stale = call(put(location), "leder", changed.replace("20,", "25,"));
        assertProblem(stale, 409, "urn:fleksjob:problem:samtidig-aendring");
        assertThat(body(stale).get("detail").asString()).contains("Intet er gemt");
        assertNumber(caseFile(id).at("/ansaettelser/0/timerPrUge"), "20");

        // with the new version, "første fleksjob" left out is "ikke oplyst"
        assertThat(call(put(location), "leder", changed.replace(",\"foersteFleksjob\":false", "")
            .replace("\"version\":0", "\"version\":1")).getStatus()).isEqualTo(200);
        assertThat(caseFile(id).at("/ansaettelser/0/foersteFleksjob").isNull()).isTrue();

        // no version, and a bad field with it: both listed
        unusable(call(put(location), "sagsbehandler", changed.replace("\"timeloen\":200", "\"timeloen\":-1")
            .replace(",\"version\":0", "")), "timeloen", "version");
        // an employment of another case (same jobcentre) is not found under this case
        long other = createCase("0404804444", "Dennis Dahl");
        assertProblem(call(put("/api/v1/sager/" + other + location.substring(location.indexOf("/ansaettelser"))),
            "sagsbehandler", changed), 404, null);
        assertThat(caseFile(id).at("/ansaettelser/0/version").asInt()).isEqualTo(2);

        assertThat(audit(id)).containsExactly("OPRET_PERSON sagsbehandler: sag oprettet for 030380-XXXX",
            "OPRET_ANSAETTELSE sagsbehandler: CVR 12345678 fra 2026-01-01, første fleksjob",
            "RET_ANSAETTELSE sagsbehandler: CVR 12345678, ikke første fleksjob",
            "RET_ANSAETTELSE leder: CVR 12345678");
    }

    // ---- visitations and events ----------------------------------------------------------------------------

    @Test
    void aVisitationIsAddedAndReadBack() throws Exception {
        long id = createCase("0505805555", "Ellen Eskildsen");
        String url = "/api/v1/sager/" + id + "/visitationer";
        MockHttpServletResponse r = call(post(url), "sagsbehandler",
            "{\"dato\":\"2025-11-15\",\"timerPrUge\":12.5,\"intensitet\":0.8,\"ledighedsydelseKategori\":\"89 pct.\"}");
        assertThat(r.getStatus()).isEqualTo(201);
        long v = body(r).get("id").asLong();
        JsonNode stored = caseFile(id).get("visitationer");
        assertThat(stored.size()).isEqualTo(1);
        assertThat(stored.at("/0/id").asLong()).isEqualTo(v);
        assertThat(stored.at("/0/dato").asString()).isEqualTo("2025-11-15");
        assertNumber(stored.at("/0/timerPrUge"), "12.5");
        assertNumber(stored.at("/0/intensitet"), "0.8");
        assertThat(stored.at("/0/ledighedsydelseKategori").asString()).isEqualTo("89 pct.");
        assertThat(audit(id)).contains("OPRET_VISITATION sagsbehandler: visiteret 2025-11-15");

        List<String> messages = unusable(call(post(url), "sagsbehandler", "{\"timerPrUge\":1000,\"intensitet\":0,"
            + "\"ledighedsydelseKategori\":\"" + "x".repeat(41) + "\"}"), "dato", "timerPrUge", "intensitet",
            "ledighedsydelseKategori");
        assertThat(messages).containsExactly("dato: feltet skal udfyldes", "timerPrUge: tallet skal være mellem 0 og "
            + "999,99", "intensitet: intensiteten skal være over 0 og højst 1", "ledighedsydelseKategori: højst 40 tegn");
        unusable(call(post(url), "sagsbehandler", "{\"dato\":\"2025-11-15\",\"timerPrUge\":12,\"intensitet\":1,"
            + "\"ledighedsydelseKategori\":\"  \"}"), "ledighedsydelseKategori");
        assertThat(caseFile(id).get("visitationer").size()).isEqualTo(1);
    }

    @Test
    void anEventIsRegisteredAndReadBack() throws Exception {
        long id = createCase("0606806666", "Finn Fisker");
        String url = "/api/v1/sager/" + id + "/haendelser";
        MockHttpServletResponse r = call(post(url), "sagsbehandler",
            "{\"type\":\"SYGDOM\",\"dato\":\"2026-03-02\",\"note\":\"Sygemeldt af egen læge\"}");
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(body(r).get("registreretAf").asString()).isEqualTo("sagsbehandler");
        assertThat(call(post(url), "sagsbehandler", "{\"type\":\"FLYTNING\",\"dato\":\"2026-04-01\",\"note\":\" \"}")
            .getStatus()).isEqualTo(201);
        JsonNode stored = caseFile(id).get("haendelser");
        assertThat(stored.size()).isEqualTo(2);
        assertThat(stored.at("/0/type").asString()).isEqualTo("SYGDOM");
        assertThat(stored.at("/0/dato").asString()).isEqualTo("2026-03-02");
        assertThat(stored.at("/0/note").asString()).isEqualTo("Sygemeldt af egen læge");
        assertThat(stored.at("/0/registreretAf").asString()).isEqualTo("sagsbehandler");
        assertThat(stored.at("/1/type").asString()).isEqualTo("FLYTNING");
        assertThat(stored.at("/1/note").isNull()).as("a blank note is no note").isTrue();
        assertThat(audit(id)).contains("REGISTRER_HAENDELSE sagsbehandler: SYGDOM 2026-03-02",
            "REGISTRER_HAENDELSE sagsbehandler: FLYTNING 2026-04-01");

        assertThat(unusable(call(post(url), "sagsbehandler", "{\"note\":\"" + "x".repeat(2001) + "\"}"),
            "type", "dato", "note")).containsExactly("type: angiv AFVIST_TILBUD, OPSAGT, SYGDOM eller FLYTNING",
            "dato: feltet skal udfyldes", "note: højst 2000 tegn");
        MockHttpServletResponse unknown = call(post(url), "sagsbehandler", "{\"type\":\"FERIE\",\"dato\":\"2026-03-02\"}");
        assertProblem(unknown, 400, null);
        assertThat(body(unknown).at("/fejl/0/felt").asString()).isEqualTo("type");
        assertThat(caseFile(id).get("haendelser").size()).isEqualTo(2);
    }

    // ---- a point "skal afklares" ---------------------------------------------------------------------------

    /**
     * A case with an open point: a month's income for a person with no employment registered
     * (INDKOMST_UDEN_FLEKSJOB, raised by the payout run). Returns the case id.
     */
    long caseWithAnOpenPoint(String cpr, String navn) throws Exception {
        long id = createCase(cpr, navn);
        SagerWebTest.upload(SagerLogin.as(mvc, "sagsbehandler"), cpr + ";12345678;2026-10;10000;0;500;78");
        JsonNode flag = caseFile(id).get("flag");
        assertThat(flag.size()).as(flag.toString()).isEqualTo(1);
        assertThat(flag.at("/0/kode").asString()).isEqualTo("INDKOMST_UDEN_FLEKSJOB");
        assertThat(flag.at("/0/status").asString()).isEqualTo("AABEN");
        return id;
    }

    @Test
    void aPointIsSettledWithAReasonOnceAndTheSecondTimeIs409() throws Exception {
        long id = caseWithAnOpenPoint("0707807777", "Grete Gram");
        JsonNode open = caseFile(id).at("/flag/0");
        long flagId = open.get("id").asLong();
        int version = open.get("version").asInt();
        String url = "/api/v1/sager/" + id + "/flag/" + flagId + "/afklaring";

        // a version not read: 409 as the store says it, and the point stays open
        assertProblem(call(post(url), "sagsbehandler", "{\"version\":" + (version + 5) + ",\"afklaring\":\"x\"}"), 409,
            "urn:fleksjob:problem:samtidig-aendring");
        assertThat(caseFile(id).at("/flag/0/status").asString()).isEqualTo("AABEN");

        MockHttpServletResponse r = call(post(url), "sagsbehandler",
            "{\"version\":" + version + ",\"afklaring\":\" Ansættelsen registreres i sagen \"}");
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode settled = body(r);
        assertThat(settled.get("id").asLong()).isEqualTo(flagId);
        assertThat(settled.get("status").asString()).isEqualTo("AFKLARET");
        assertThat(settled.get("version").asInt()).isEqualTo(version + 1);
        JsonNode stored = caseFile(id).at("/flag/0");
        assertThat(stored.get("status").asString()).isEqualTo("AFKLARET");
        assertThat(stored.get("afklaring").asString()).isEqualTo("Ansættelsen registreres i sagen");
        assertThat(stored.get("afklaretAf").asString()).isEqualTo("sagsbehandler");
        assertThat(stored.get("afklaret").isNull()).isFalse();
        assertThat(call(get("/api/v1/sager"), "sagsbehandler", null).getContentAsString(StandardCharsets.UTF_8))
            .containsPattern("\"id\":" + id + ",[^}]*\"cpr\":\"[0-9]{6}-XXXX\"[^}]*\"aabnePunkter\":0")
            .doesNotContain("cprMasked", "openFlags");

        // settled already: the old version and the new one are both refused, and the reason stays
        assertProblem(call(post(url), "leder", "{\"version\":" + version + ",\"afklaring\":\"Noget andet\"}"), 409,
            "urn:fleksjob:problem:allerede-afklaret");
        MockHttpServletResponse again = call(post(url), "leder",
            "{\"version\":" + (version + 1) + ",\"afklaring\":\"Noget andet\"}");
        assertProblem(again, 409, "urn:fleksjob:problem:allerede-afklaret");
        assertThat(body(again).get("detail").asString()).contains("afklaret af sagsbehandler", "Intet er gemt");
        assertThat(caseFile(id).at("/flag/0/afklaring").asString()).isEqualTo("Ansættelsen registreres i sagen");
        assertThat(audit(id).stream().filter(l -> l.startsWith("AFKLAR_FLAG")))
            .containsExactly("AFKLAR_FLAG sagsbehandler: Ansættelsen registreres i sagen");
    }

    @Test
    void aPointWithoutAReasonOrVersionListsBothAndStaysOpen() throws Exception {
        long id = caseWithAnOpenPoint("0808808888", "Henrik Holm");
        long flagId = caseFile(id).at("/flag/0/id").asLong();
        String url = "/api/v1/sager/" + id + "/flag/" + flagId + "/afklaring";
        assertThat(unusable(call(post(url), "sagsbehandler", "{\"afklaring\":\"  \"}"), "version", "afklaring"))
            .containsExactly("version: angiv den version, du har læst", "afklaring: feltet skal udfyldes");
        unusable(call(post(url), "sagsbehandler", "{\"version\":0,\"afklaring\":\"" + "x".repeat(2001) + "\"}"),
            "afklaring");
        // a point of another case, and an unknown one, are not found under this case
        long other = createCase("0909809999", "Ida Iversen");
        assertProblem(call(post("/api/v1/sager/" + other + "/flag/" + flagId + "/afklaring"), "sagsbehandler",
            "{\"version\":0,\"afklaring\":\"x\"}"), 404, null);
        assertProblem(call(post("/api/v1/sager/" + id + "/flag/999999/afklaring"), "sagsbehandler",
            "{\"version\":0,\"afklaring\":\"x\"}"), 404, null);
        assertThat(caseFile(id).at("/flag/0/status").asString()).isEqualTo("AABEN");
    }

    // ---- the answer of a change is what is stored ----------------------------------------------------------

    /**
     * The answer of a create or change is the entity as the store holds it, read back after saving: numbers with the
     * column's decimals (18 sent, numeric(5,2) stored: 18.00), text as stored (stripped), and the same JSON as the
     * following GET ({@code got}, compared as parsed trees: an integer 18 is not the decimal 18.00 there).
     */
    void assertAnswersAsStored(MockHttpServletResponse r, JsonNode got) throws Exception {
        assertThat(body(r)).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(got);
    }

    /** The raw JSON text of an answer, to see a number's decimals as written. */
    static String text(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCaseCreatedAndRenamedAnswersThePersonAsStored() throws Exception {
        MockHttpServletResponse created = call(post("/api/v1/sager"), "sagsbehandler",
            "{\"cpr\":\"1111811111\",\"navn\":\"  Kaj Krog \"}");
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(body(created).get("navn").asString()).isEqualTo("Kaj Krog");
        JsonNode stored = body(call(get(created.getHeader("Location")), "sagsbehandler", null)).get("person");
        assertAnswersAsStored(created, stored);

        long id = body(created).get("id").asLong();
        MockHttpServletResponse renamed = call(put("/api/v1/sager/" + id), "sagsbehandler",
            "{\"navn\":\" Kaj B. Krog  \",\"version\":0}");
        assertThat(renamed.getStatus()).isEqualTo(200);
        assertThat(body(renamed).get("navn").asString()).isEqualTo("Kaj B. Krog");
        assertThat(body(renamed).get("version").asInt()).isEqualTo(1);
        assertAnswersAsStored(renamed, caseFile(id).get("person"));
    }

    @Test
    void aGrantAddedAndChangedAnswersTheGrantAsStored() throws Exception {
        long id = createCase("1212811212", "Lis Lund");
        String grants = "/api/v1/sager/" + id + "/bevillinger";
        MockHttpServletResponse added = call(post(grants), "sagsbehandler",
            "{\"type\":\"MIDLERTIDIG\",\"fra\":\"2026-01-01\",\"til\":\"2030-12-31\"}");
        assertThat(added.getStatus()).isEqualTo(201);
        assertAnswersAsStored(added, caseFile(id).at("/bevillinger/0"));

        MockHttpServletResponse changed = call(put(grants + "/" + body(added).get("id").asLong()), "sagsbehandler",
            "{\"type\":\"PERMANENT\",\"fra\":\"2026-02-01\",\"version\":0}");
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(body(changed).get("version").asInt()).isEqualTo(1);
        assertAnswersAsStored(changed, caseFile(id).at("/bevillinger/0"));
    }

    @Test
    void anEmploymentAddedAndChangedAnswersTheNumbersWithTheColumnsDecimals() throws Exception {
        long id = createCase("1310811313", "Mads Mikkelsen");
        MockHttpServletResponse added = call(post("/api/v1/sager/" + id + "/ansaettelser"), "sagsbehandler",
            EMPLOYMENT.replace("\"12345678\"", "\" 12345678 \""));
        assertThat(added.getStatus()).isEqualTo(201);
        // sent 18, 0.5, 190.48, 5, 32067: stored numeric(5,2), (4,3), (10,2), (5,2), (12,2)
        assertThat(text(added)).contains("\"cvr\":\"12345678\"", "\"timerPrUge\":18.00", "\"intensitet\":0.500",
            "\"timeloen\":190.48", "\"pensionProcent\":5.00", "\"fuldtidsloen\":32067.00");
        JsonNode viaLocation = body(call(get(added.getHeader("Location")), "sagsbehandler", null));
        assertAnswersAsStored(added, viaLocation);
        assertAnswersAsStored(added, caseFile(id).at("/ansaettelser/0"));

        MockHttpServletResponse changed = call(put(added.getHeader("Location")), "sagsbehandler",
            "{\"cvr\":\"12345678\",\"fra\":\"2026-01-01\",\"timerPrUge\":20,\"intensitet\":1,\"timeloen\":200,"
                + "\"version\":0}");
        assertThat(changed.getStatus()).isEqualTo(200);
        // left out: intensitet sent as 1 and pension 0 by default, stored 1.000 and 0.00
        assertThat(text(changed)).contains("\"timerPrUge\":20.00", "\"intensitet\":1.000", "\"timeloen\":200.00",
            "\"pensionProcent\":0.00", "\"fuldtidsloen\":null", "\"version\":1");
        assertAnswersAsStored(changed, body(call(get(added.getHeader("Location")), "sagsbehandler", null)));
        assertAnswersAsStored(changed, caseFile(id).at("/ansaettelser/0"));
    }

    @Test
    void aVisitationAddedAnswersTheNumbersWithTheColumnsDecimals() throws Exception {
        long id = createCase("1410811414", "Nina Nørgaard");
        MockHttpServletResponse added = call(post("/api/v1/sager/" + id + "/visitationer"), "sagsbehandler",
            "{\"dato\":\"2025-11-15\",\"timerPrUge\":18,\"intensitet\":1,\"ledighedsydelseKategori\":\" 89 pct. \"}");
        assertThat(added.getStatus()).isEqualTo(201);
        assertThat(text(added)).contains("\"timerPrUge\":18.00", "\"intensitet\":1.000",
            "\"ledighedsydelseKategori\":\"89 pct.\"");
        assertAnswersAsStored(added, caseFile(id).at("/visitationer/0"));
    }

    @Test
    void anEventRegisteredAnswersTheEventAsStored() throws Exception {
        long id = createCase("1510811515", "Ole Olsen");
        MockHttpServletResponse added = call(post("/api/v1/sager/" + id + "/haendelser"), "sagsbehandler",
            "{\"type\":\"SYGDOM\",\"dato\":\"2026-03-02\",\"note\":\"  Sygemeldt 18 dage \"}");
        assertThat(added.getStatus()).isEqualTo(201);
        assertThat(body(added).get("note").asString()).isEqualTo("Sygemeldt 18 dage");
        // the time registered too, as the column keeps it
        assertAnswersAsStored(added, caseFile(id).at("/haendelser/0"));
    }

    @Test
    void aSettledPointAndADecisionAnswerWhatIsStored() throws Exception {
        long id = caseWithAnOpenPoint("1610811616", "Pia Poulsen");
        JsonNode open = caseFile(id).at("/flag/0");
        MockHttpServletResponse settled = call(post("/api/v1/sager/" + id + "/flag/" + open.get("id").asLong()
            + "/afklaring"), "sagsbehandler", "{\"version\":" + open.get("version").asInt() + ",\"afklaring\":"
            + "\" Ansat 18 timer \"}");
        assertThat(settled.getStatus()).isEqualTo(200);
        assertThat(body(settled).get("afklaring").asString()).isEqualTo("Ansat 18 timer");
        assertAnswersAsStored(settled, caseFile(id).at("/flag/0"));

        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        long pending = SagerWebTest.caseWithPayout(s, "1710811717", "Rasmus Riis");
        long payout = SagerWebTest.pendingCorrection(s, pending, "1710811717");
        MockHttpServletResponse decided = call(post("/api/v1/sager/" + pending + "/udbetalinger/" + payout
            + "/afgoerelse"), "sagsbehandler", "{\"version\":0,\"godkend\":true,\"begrundelse\":\" Partshørt \"}");
        assertThat(decided.getStatus()).isEqualTo(200);
        assertThat(body(decided).get("status").asString()).isEqualTo("GODKENDT");
        JsonNode stored = null;
        for (JsonNode u : caseFile(pending).get("udbetalinger")) {
            if (u.get("id").asLong() == payout) {
                stored = u;
            }
        }
        assertAnswersAsStored(decided, stored);
    }

    // ---- another jobcentre, no credentials -----------------------------------------------------------------

    @Test
    void anotherJobcentresCaseworkerGets404AndNobodyWithoutCredentialsGetsIn() throws Exception {
        long id = caseWithAnOpenPoint("1010801010", "Jonas Juhl");
        String employment = call(post("/api/v1/sager/" + id + "/ansaettelser"), "sagsbehandler", EMPLOYMENT)
            .getHeader("Location");
        long flagId = caseFile(id).at("/flag/0/id").asLong();
        String sag = "/api/v1/sager/" + id;
        List<Supplier<MockHttpServletRequestBuilder>> requests = List.of(
            () -> post(sag + "/ansaettelser"), () -> get(employment), () -> put(employment),
            () -> post(sag + "/visitationer"), () -> post(sag + "/haendelser"),
            () -> post(sag + "/flag/" + flagId + "/afklaring"));
        List<String> bodies = Arrays.asList(EMPLOYMENT, null, EMPLOYMENT.replace("}", ",\"version\":0}"),
            "{\"dato\":\"2025-11-15\",\"timerPrUge\":12,\"intensitet\":1,\"ledighedsydelseKategori\":\"89 pct.\"}",
            "{\"type\":\"OPSAGT\",\"dato\":\"2026-03-02\"}", "{\"version\":0,\"afklaring\":\"Overtaget\"}");
        for (int i = 0; i < requests.size(); i++) {
            String b = bodies.get(i);
            MockHttpServletResponse elsewhere = call(requests.get(i).get(), "frederiksberg", b);
            assertProblem(elsewhere, 404, null);
            assertThat(body(elsewhere).get("detail").asString()).isEqualTo("Findes ikke i dit jobcenter.");
            MockHttpServletRequestBuilder anonymous = requests.get(i).get();
            MockHttpServletResponse nobody = mvc.perform(b == null ? anonymous
                : anonymous.contentType("application/json").content(b)).andReturn().getResponse();
            assertProblem(nobody, 401, "urn:fleksjob:problem:ikke-logget-ind");
            assertThat(nobody.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"fleksjob\"");
        }
        JsonNode after = caseFile(id);
        assertThat(after.get("ansaettelser").size()).isEqualTo(1);
        assertThat(after.at("/ansaettelser/0/version").asInt()).isZero();
        assertThat(after.get("visitationer").size()).isZero();
        assertThat(after.get("haendelser").size()).isZero();
        assertThat(after.at("/flag/0/status").asString()).isEqualTo("AABEN");
        assertThat(audit(id)).noneMatch(l -> l.contains("frederiksberg"));
    }

    // ---- the columns' bounds on the other operations (ColumnLimits, as the pages) ---------------------------

    /**
     * A name is at most 200 characters (person.navn), a grant's dates have four-digit years, a decision's reason is
     * at most 1968 characters (it is written into the point's afklaring, varchar(2000), after "Efterreguleringen er
     * frafaldet: ", 32 characters). At the bound stored exactly; over it 422 by the field and nothing stored.
     */
    @Test
    void aNameAGrantsDatesAndADecisionsReasonKeepToTheColumns() throws Exception {
        String n200 = "N".repeat(200);
        assertThat(unusable(call(post("/api/v1/sager"), "sagsbehandler",
            "{\"cpr\":\"2712802727\",\"navn\":\"" + n200 + "N\"}"), "navn")).containsExactly("navn: højst 200 tegn");
        long id = createCase("2712802727", n200);
        assertThat(caseFile(id).at("/person/navn").asString()).isEqualTo(n200);
        assertThat(unusable(call(put("/api/v1/sager/" + id), "sagsbehandler",
            "{\"navn\":\"" + n200 + "M\",\"version\":0}"), "navn")).containsExactly("navn: højst 200 tegn");
        assertThat(call(put("/api/v1/sager/" + id), "sagsbehandler", "{\"navn\":\"" + "M".repeat(200)
            + "\",\"version\":0}").getStatus()).isEqualTo(200);
        assertThat(caseFile(id).at("/person/navn").asString()).isEqualTo("M".repeat(200));

        String grants = "/api/v1/sager/" + id + "/bevillinger";
        assertThat(unusable(call(post(grants), "sagsbehandler", "{\"type\":\"MIDLERTIDIG\",\"fra\":\"+10000-01-01\"}"),
            "fra")).containsExactly("fra: datoen skal skrives ÅÅÅÅ-MM-DD");
        assertThat(unusable(call(post(grants), "sagsbehandler", "{\"type\":\"MIDLERTIDIG\",\"fra\":\"2026-01-01\","
            + "\"til\":\"2025-12-31\"}"), "til")).containsExactly("til: slutdatoen ligger før startdatoen");
        assertThat(caseFile(id).get("bevillinger").size()).isZero();
        MockHttpServletResponse grant = call(post(grants), "sagsbehandler",
            "{\"type\":\"PERMANENT\",\"fra\":\"9999-12-31\"}");
        assertThat(grant.getStatus()).isEqualTo(201);
        assertThat(unusable(call(put(grants + "/" + body(grant).get("id").asLong()), "sagsbehandler",
            "{\"type\":\"PERMANENT\",\"fra\":\"0000-12-31\",\"version\":0}"), "fra"))
            .containsExactly("fra: datoen skal skrives ÅÅÅÅ-MM-DD");
        assertThat(caseFile(id).at("/bevillinger/0/fra").asString()).isEqualTo("9999-12-31");

        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        long pending = SagerWebTest.caseWithPayout(s, "2812802828", "Jonna Jessen");
        long payout = SagerWebTest.pendingCorrection(s, pending, "2812802828");
        String decision = "/api/v1/sager/" + pending + "/udbetalinger/" + payout + "/afgoerelse";
        assertThat(unusable(call(post(decision), "sagsbehandler", "{\"version\":0,\"godkend\":false,\"begrundelse\":\""
            + "b".repeat(1969) + "\"}"), "begrundelse")).containsExactly("begrundelse: højst 1968 tegn");
        assertThat(caseFile(pending).toString()).contains("\"status\":\"AFVENTER\"");
        assertThat(call(post(decision), "sagsbehandler", "{\"version\":0,\"godkend\":false,\"begrundelse\":\""
            + "b".repeat(1968) + "\"}").getStatus()).isEqualTo(200);
        JsonNode flag = caseFile(pending).get("flag");
        assertThat(flag.toString()).contains("\"afklaring\":\"Efterreguleringen er frafaldet: " + "b".repeat(1968) + "\"");
    }
}
