package dk.fleksjob.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.fleksjob.cli.FleksjobCli;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.parameter.ParameterCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API: the CLI's JSON, the rules version header, and RFC 9457 problems for every kind of bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTest {

    static final String URL = "/api/v1/beregninger/fleksloentilskud";
    static final String STAR = "{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":18}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    MvcResult call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    MvcResult calculate(String body) throws Exception {
        return call(post(URL).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode body(MvcResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theStarCaseGivesExactlyTheCliJson() throws Exception {
        StringWriter out = new StringWriter();
        int exit = FleksjobCli.execute(new String[] {"beregn", "fleksloentilskud", "--maaned", "2024-05", "--timeloen",
            "200", "--timer", "18", "--json"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(exit).isZero();
        JsonNode cli = json.readTree(out.toString());

        MvcResult r = calculate(STAR);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        JsonNode api = body(r);

        assertThat(api).isEqualTo(cli);
        // and in the same order, byte for byte once the CLI's indentation is taken out (same JVM, so the same
        // iteration order of the explanation's input maps)
        assertThat(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
            .isEqualTo(json.writeValueAsString(cli));
        // STAR's example: 18 h × 200 kr. → 15.600 kr. wage, 15.272 kr. subsidy, 30.872 kr. in all
        assertThat(r.getResponse().getContentAsString()).contains("\"maaned\":\"2024-05\"", "\"maanedsloen\":15600.00",
            "\"fleksloentilskud\":15272.00", "\"samletIndkomst\":30872.00");
        assertThat(api.get("forklaring").get("trin").size()).isGreaterThan(5);
    }

    @Test
    void everyResponseNamesTheRulesVersion() throws Exception {
        assertThat(calculate(STAR).getResponse().getHeader("Fleksjob-Regelversion")).isEqualTo(RulesVersion.current());
        assertThat(calculate("{").getResponse().getHeader("Fleksjob-Regelversion")).isEqualTo(RulesVersion.current());
    }

    @Test
    void aParameterOverrideIsUsedAndMarkedAsWhatIf() throws Exception {
        JsonNode r = body(calculate(
            "{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":18,\"parametre\":{\"fleksloentilskud.knaek\":20000}}"));
        assertThat(r.get("knaek").decimalValue()).isEqualByComparingTo("20000");
        assertThat(r.toString()).contains("\"proveniens\":\"OVERRIDE\"");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        assertProblem(calculate("{\"maaned\": \"2024-05\""), 400, "", "ugyldig-json");
        assertProblem(calculate(""), 400, "", "ugyldig-json");
        assertProblem(calculate("[1,2]"), 400, "", "forkert-type");
    }

    @Test
    void wrongTypesAre400WithTheField() throws Exception {
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":\"mange\",\"timer\":18}"), 400, "timeloen",
            "forkert-type");
        assertProblem(calculate("{\"maaned\":\"2024-13\",\"timeloen\":200,\"timer\":18}"), 400, "maaned", "forkert-type");
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":true}"), 400, "timer",
            "forkert-type");
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":18,\"parametre\":[1]}"), 400,
            "parametre", "forkert-type");
        assertProblem(calculate(
                "{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":18,\"parametre\":{\"fleksloentilskud.knaek\":\"x\"}}"),
            400, "parametre.fleksloentilskud.knaek", "forkert-type");
    }

    @Test
    void hugeNumbersAreRefused() throws Exception {
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":1e999999999,\"timer\":18}"), 422, "timeloen",
            "for-stor");
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":1000000001}"), 422, "timer",
            "for-stor");
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":1e-999999999,\"timer\":18}"), 422, "timeloen",
            "for-mange-decimaler");
        // 5.000 digits: the JSON parser refuses the number before it knows the field (Jackson's number length limit)
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":" + "9".repeat(5000) + ",\"timer\":18}"), 400,
            "", "for-stor");
        assertProblem(calculate(
                "{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":18,\"parametre\":{\"fleksloentilskud.knaek\":1e20}}"),
            422, "parametre.fleksloentilskud.knaek", "for-stor");
        assertProblem(calculate("{\"maaned\":\"+999999999-12\",\"timeloen\":200,\"timer\":18}"), 400, "maaned", "forkert-type");
        assertProblem(calculate("{\"maaned\":\"9999-12\",\"timeloen\":200,\"timer\":18}"), 422, "maaned", "regel");
    }

    @Test
    void missingFieldsAre422WithTheRulesDanishMessage() throws Exception {
        MvcResult r = calculate("{\"timeloen\":200,\"timer\":18}");
        assertProblem(r, 422, "maaned", "regel");
        assertThat(body(r).get("fejl").get(0).get("besked").asString()).isEqualTo(
            "Angiv måneden tilskuddet er for (ÅÅÅÅ-MM).");
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timer\":18}"), 422, "timeloen", "regel");
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":200}"), 422, "timer", "regel");
        assertProblem(calculate("{}"), 422, "maaned", "regel");
        assertProblem(calculate("null"), 400, "", "ugyldig-json");
    }

    @Test
    void unknownParameterIdsAndFieldsAreNamed() throws Exception {
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":18,\"parametre\":{\"nej.nej\":1}}"),
            422, "parametre.nej.nej", "ukendt-parameter");
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":18,\"timelon\":1}"), 400, "timelon",
            "ukendt-felt");
    }

    @Test
    void outOfRangeValuesAre422() throws Exception {
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":-1}"), 422, "timer", "regel");
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":38}"), 422, "timer", "regel");
        assertProblem(calculate("{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":18,\"intensitet\":2}"), 422,
            "intensitet", "regel");
        assertProblem(calculate("{\"maaned\":\"2012-12\",\"timeloen\":200,\"timer\":18}"), 422, "maaned", "regel");
        assertProblem(calculate("{\"maaned\":\"2030-01\",\"timeloen\":200,\"timer\":18}"), 422, "maaned", "regel");
    }

    @Test
    void englishWithAcceptLanguageEn() throws Exception {
        MvcResult r = call(post(URL).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
            .content("{\"maaned\":\"2024-05\",\"timeloen\":\"x\",\"timer\":38}"));
        JsonNode p = body(r);
        assertThat(p.get("title").asString()).isEqualTo("The request cannot be read");
        assertThat(p.get("fejl").get(0).get("besked").asString()).isEqualTo("The value must be a number.");
        assertThat(r.getResponse().getHeader("Content-Language")).isEqualTo("en");

        MvcResult rule = call(post(URL).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en-GB,da;q=0.5")
            .content("{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":38}"));
        assertThat(body(rule).get("fejl").get(0).get("besked").asString())
            .isEqualTo("Hours per week can be at most 37 (full time).");
    }

    @Test
    void wrongMethodAndContentTypeAreProblemsToo() throws Exception {
        MvcResult wrongType = call(post(URL).contentType(MediaType.TEXT_PLAIN).content(STAR));
        assertThat(wrongType.getResponse().getStatus()).isEqualTo(415);
        assertThat(wrongType.getResponse().getContentType()).startsWith("application/problem+json");
        MvcResult wrongMethod = call(get(URL));
        assertThat(wrongMethod.getResponse().getStatus()).isEqualTo(405);
        assertThat(wrongMethod.getResponse().getContentType()).startsWith("application/problem+json");
    }

    /** Random bodies from a fixed seed: whatever a client sends, the answer is 200, 400 or 422, never 500. */
    @Test
    void noBadInputGives500() throws Exception {
        Random random = new Random(20240501);
        String[] fields = {"maaned", "timeloen", "timer", "intensitet", "maanedsloen", "andenLoen", "fuldtidsloen",
            "parametre", "x"};
        String[] values = {"\"2024-05\"", "\"2013-01\"", "\"1999-01\"", "\"abc\"", "200", "-5", "0", "0.0000001",
            "1e308", "-1e308", "1e-400", "18.5", "37", "true", "null", "[]", "{}", "{\"fleksloentilskud.knaek\":0}",
            "{\"fleksloentilskud.maksimum_procent\":-1}", "{\"dagpenge.hoejeste_maanedsbeloeb\":null}", "\"\"",
            "99999999999999999999999999", "{\"a\":{\"b\":1}}"};
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // half the bodies start from a valid request, so some calculate and the mutations hit real code paths
            boolean valid = random.nextBoolean();
            StringBuilder b = new StringBuilder(valid ? "{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":18" : "{");
            int n = random.nextInt(valid ? 3 : 6);
            for (int f = 0; f < n; f++) {
                if (f > 0 || valid) {
                    b.append(',');
                }
                b.append('"').append(fields[random.nextInt(fields.length)]).append("\":")
                    .append(values[random.nextInt(values.length)]);
            }
            String body = random.nextInt(20) == 0 ? b.toString() : b.append('}').toString();
            int status = calculate(body).getResponse().getStatus();
            assertThat(status).as(body).isIn(200, 400, 422);
            statuses.add(status);
        }
        assertThat(statuses).contains(200, 400, 422);
    }

    // ---- every calculation of the CLI: the API's JSON equals the CLI's --json, and bad input names the field ----

    static final String BASE = "/api/v1/beregninger/";
    static final java.nio.file.Path MAANED_FIL = java.nio.file.Path.of("../docs/maaned/eksempel-ferie-sygdom-bonus.json");
    static final java.nio.file.Path AFREGNING_FIL = java.nio.file.Path.of("../docs/maaned/afregning-eksempel.json");

    MvcResult calculate(String emne, String body) throws Exception {
        return call(post(BASE + emne).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Runs the CLI with --json and the API with the body; both must give the same JSON, in the same order. */
    JsonNode sameAsCli(String emne, String body, String... cliArgs) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(cliArgs), java.util.stream.Stream.of("--json"))
            .toArray(String[]::new);
        int exit = FleksjobCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).as(err.toString()).isIn(0, 3);
        JsonNode cli = json.readTree(out.toString());
        MvcResult r = calculate(emne, body);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode api = body(r);
        assertThat(api).isEqualTo(cli);
        assertThat(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
            .isEqualTo(json.writeValueAsString(cli));
        assertThat(r.getResponse().getHeader("Fleksjob-Regelversion")).isEqualTo(RulesVersion.current());
        return api;
    }

    @Test
    void ledighedsydelseAsTheCli() throws Exception {
        JsonNode r = sameAsCli("ledighedsydelse", "{\"maaned\":\"2024-05\",\"kategori\":\"SATS_89\",\"loen\":10000}",
            "beregn", "ledighedsydelse", "--maaned", "2024-05", "--kategori", "89", "--loen", "10000");
        assertThat(r.get("anvendtKategori").asString()).isEqualTo("SATS_89");
        assertProblem(calculate("ledighedsydelse", "{\"maaned\":\"2024-05\",\"kategori\":\"89\"}"), 400, "kategori",
            "forkert-type");
        assertProblem(calculate("ledighedsydelse", "{\"kategori\":\"SATS_89\"}"), 422, "maaned", "regel");
    }

    @Test
    void fleksydelseAsTheCli() throws Exception {
        sameAsCli("fleksydelse", "{\"aar\":2024,\"foedselsdato\":\"1960-03-15\",\"livsvarigPension\":60000,"
                + "\"timer\":40,\"timeloen\":200}",
            "beregn", "fleksydelse", "--aar", "2024", "--foedselsdato", "1960-03-15", "--livsvarig-pension", "60000",
            "--timer", "40", "--timeloen", "200");
        assertProblem(calculate("fleksydelse", "{\"aar\":2024,\"foedselsdato\":\"1960-13-15\"}"), 400,
            "foedselsdato", "forkert-type");
        assertProblem(calculate("fleksydelse", "{\"foedselsdato\":\"1960-03-15\"}"), 422, "aar", "regel");
    }

    @Test
    void selvstaendigAsTheCli() throws Exception {
        sameAsCli("selvstaendig", "{\"aar\":2024,\"overskud\":150000}",
            "beregn", "selvstaendig", "--aar", "2024", "--overskud", "150000");
        assertProblem(calculate("selvstaendig", "{\"aar\":2024,\"overskud\":150000,\"aegtefaeller\":\"maaske\"}"),
            400, "aegtefaeller", "forkert-type");
        assertProblem(calculate("selvstaendig", "{\"aar\":2024}"), 422, "overskud", "regel");
    }

    @Test
    void gammelOrdningAsTheCli() throws Exception {
        sameAsCli("gammel-ordning", "{\"aar\":2024,\"brok\":\"TO_TREDJEDELE\",\"timeloen\":200,\"timer\":30}",
            "beregn", "gammel-ordning", "--aar", "2024", "--brok", "2/3", "--timeloen", "200", "--timer", "30");
        assertProblem(calculate("gammel-ordning", "{\"aar\":2024,\"brok\":\"3/4\",\"loen\":300000}"), 400, "brok",
            "forkert-type");
        assertProblem(calculate("gammel-ordning", "{\"aar\":2024,\"loen\":300000}"), 422, "brok", "regel");
    }

    @Test
    void fristerAsTheCli() throws Exception {
        sameAsCli("frister", "{\"foedselsdato\":\"1970-06-01\",\"startdato\":\"2024-01-01\",\"foersteFleksjob\":true}",
            "beregn", "frister", "--foedselsdato", "1970-06-01", "--startdato", "2024-01-01", "--foerste-fleksjob", "true");
        assertProblem(calculate("frister", "{\"foedselsdato\":\"1970-06-01\",\"startdato\":\"i går\"}"), 400,
            "startdato", "forkert-type");
        assertProblem(calculate("frister", "{\"startdato\":\"2024-01-01\"}"), 422, "foedselsdato", "regel");
    }

    @Test
    void visitationAsTheCli() throws Exception {
        sameAsCli("visitation", "{\"foedselsdato\":\"1970-06-01\",\"vurderingsdato\":\"2025-01-01\","
                + "\"varigeOgVaesentligeBegraensninger\":true,\"effektiveTimerPrUge\":10}",
            "beregn", "visitation", "--foedselsdato", "1970-06-01", "--vurderingsdato", "2025-01-01",
            "--varige-og-vaesentlige-begraensninger", "true", "--effektive-timer-pr-uge", "10");
        assertProblem(calculate("visitation", "{\"foedselsdato\":\"1970-06-01\",\"effektiveTimerPrUge\":\"x\"}"),
            400, "effektiveTimerPrUge", "forkert-type");
        assertProblem(calculate("visitation", "{\"vurderingsdato\":\"2025-01-01\"}"), 422, "foedselsdato", "regel");
        // without a date the assessment is for today, as in the CLI
        assertThat(calculate("visitation", "{\"foedselsdato\":\"1970-06-01\"}").getResponse().getStatus())
            .isEqualTo(200);
    }

    @Test
    void ferieAsTheCli() throws Exception {
        sameAsCli("ferie", "{\"arbejdsdage\":[\"MONDAY\",\"WEDNESDAY\",\"FRIDAY\"],\"feriedage\":[\"2025-06-02\"]}",
            "beregn", "ferie", "--arbejdsdage", "man,ons,fre", "--feriedag", "2025-06-02");
        assertProblem(calculate("ferie", "{\"arbejdsdage\":[\"MANDAG\"]}"), 400, "arbejdsdage[0]", "forkert-type");
        assertProblem(calculate("ferie", "{\"arbejdsdage\":[]}"), 422, "arbejdsdage", "regel");
    }

    @Test
    void sammenlignAsTheCli() throws Exception {
        JsonNode r = sameAsCli("sammenlign", "{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":20,\"intensitet\":0.5}",
            "sammenlign", "--maaned", "2024-05", "--timeloen", "200", "--timer", "20", "--intensitet", "0.5");
        assertThat(r.get("brokAntaget").asBoolean()).isTrue();
        assertProblem(calculate("sammenlign", "{\"maaned\":\"2024-05\",\"timeloen\":200,\"timer\":40}"), 422,
            "timer", "regel");
        assertProblem(calculate("sammenlign", "{\"maaned\":\"2024-05\",\"timeloen\":[200],\"timer\":20}"), 400,
            "timeloen", "forkert-type");
    }

    @Test
    void maanedTakesTheMonthFileAsTheCli() throws Exception {
        String file = java.nio.file.Files.readString(MAANED_FIL);
        JsonNode r = sameAsCli("maaned", file, "beregn", "maaned", "--fil", MAANED_FIL.toString());
        assertThat(r.get("maaned").asString()).isEqualTo("2025-07");
        assertProblem(calculate("maaned", file.replace("\"beloeb\": 9000", "\"beloeb\": \"mange\"")), 422,
            "indtaegter[1].beloeb", "regel");
        assertProblem(calculate("maaned", file.replace("\"type\": \"gave\"", "\"type\": \"lotto\"")), 422,
            "indtaegter[9].type", "regel");
        assertProblem(calculate("maaned", file.replace("\"atpTimer\": 78", "\"atpTimer\": 1e20")), 422, "atpTimer",
            "for-stor");
        assertProblem(calculate("maaned", "{\"maaned\": \"2025-07\""), 400, "", "ugyldig-json");
        assertProblem(calculate("maaned", "[1]"), 400, "", "forkert-type");
        assertProblem(calculate("maaned", "{}"), 422, "maaned", "regel");
    }

    @Test
    void kontrollerChecksTheStatementAsTheCli() throws Exception {
        String body = "{\"maaned\": " + java.nio.file.Files.readString(MAANED_FIL) + ",\n\"afregning\": "
            + java.nio.file.Files.readString(AFREGNING_FIL) + "}";
        JsonNode r = sameAsCli("kontroller", body, "kontroller", "--fil", MAANED_FIL.toString(), "--afregning",
            AFREGNING_FIL.toString());
        // the example statement has two typical mistakes
        assertThat(r.get("afvigelser").asInt()).isPositive();
        assertProblem(calculate("kontroller", "{\"maaned\": " + java.nio.file.Files.readString(MAANED_FIL) + "}"), 422,
            "afregning", "regel");
        assertProblem(calculate("kontroller", body.replace("\"fradrag30\": 5073.30", "\"fradrag30\": \"x\"")), 422,
            "afregning.fradrag30", "regel");
        assertProblem(calculate("kontroller", "{\"maaned\": \"2025-07\", \"afregning\": {}}"), 422, "maaned", "regel");
    }

    /** Random bodies for every new calculation: never 500. */
    @Test
    void noBadInputGives500OnAnyCalculation() throws Exception {
        Random random = new Random(20250101);
        String[] emner = {"ledighedsydelse", "fleksydelse", "selvstaendig", "gammel-ordning", "frister", "visitation",
            "ferie", "sammenlign", "maaned", "kontroller"};
        String[] fields = {"maaned", "aar", "kategori", "loen", "timer", "timeloen", "foedselsdato", "startdato",
            "overskud", "brok", "arbejdsdage", "feriedage", "indtaegter", "afregning", "vurderingsdato", "overgang",
            "fleksjobMaaneder", "foersteFleksjob", "aegtefaeller", "parametre"};
        String[] values = {"\"2024-05\"", "\"1960-01-01\"", "\"2024-01-01\"", "\"1800-01-01\"", "\"9999-12-31\"",
            "2024", "1999", "0", "-5", "200", "1e9", "-1e9", "0.5", "true", "false", "null", "[]", "{}", "\"SATS_89\"",
            "\"HALV\"", "[\"MONDAY\"]", "[\"2025-06-02\"]", "[{\"type\":\"loen\",\"beloeb\":9000}]",
            "[{\"type\":\"bonus\",\"beloeb\":1,\"periodeFra\":\"2030-01\"}]", "{\"maaned\":\"2024-05\"}",
            "\"\"", "2147483648", "99999999999999999999"};
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder("{");
            int n = 1 + random.nextInt(5);
            for (int f = 0; f < n; f++) {
                b.append(f > 0 ? "," : "").append('"').append(fields[random.nextInt(fields.length)]).append("\":")
                    .append(values[random.nextInt(values.length)]);
            }
            String emne = emner[i % emner.length];
            int status = calculate(emne, b.append('}').toString()).getResponse().getStatus();
            assertThat(status).as(emne + " " + b).isIn(200, 400, 422);
            statuses.add(status);
        }
        assertThat(statuses).contains(400, 422);
    }

    @Test
    void parametersWithEveryValueDateProvenanceAndSource() throws Exception {
        JsonNode all = body(call(get("/api/v1/parametre")));
        assertThat(all.size()).isEqualTo(ParameterCatalog.standard().all().size());
        JsonNode knaek = body(call(get("/api/v1/parametre/fleksloentilskud.knaek")));
        assertThat(knaek.get("id").asString()).isEqualTo("fleksloentilskud.knaek");
        JsonNode first = knaek.get("vaerdier").get(1);
        assertThat(first.get("fra").asString()).isEqualTo("2013-01-01");
        assertThat(first.get("proveniens").asString()).isEqualTo("PUBLISHED");
        assertThat(first.get("kilde").get("url").asString()).startsWith("https://");

        MvcResult unknown = call(get("/api/v1/parametre/findes.ikke"));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(unknown).get("detail").asString()).contains("findes.ikke");
    }

    @Test
    void openApiDocumentAndSwaggerUi() throws Exception {
        MvcResult doc = call(get("/v3/api-docs"));
        assertThat(doc.getResponse().getStatus()).isEqualTo(200);
        String text = doc.getResponse().getContentAsString();
        assertThat(text).contains("/api/v1/beregninger/fleksloentilskud", "/api/v1/parametre/{id}",
            "/api/v1/beregninger/ledighedsydelse", "/api/v1/beregninger/maaned", "/api/v1/beregninger/kontroller",
            "LedighedsydelseRequest", "KontrolRequest", "MaanedInput",
            "FleksloentilskudRequest", "FleksloentilskudResult", "Fleksjob API", "\"422\"", "application/problem+json");
        assertThat(call(get("/swagger-ui.html")).getResponse().getStatus()).isIn(200, 302);
        assertThat(call(get("/swagger-ui/index.html")).getResponse().getStatus()).isEqualTo(200);
    }

    /**
     * The case API is in the OpenAPI document with HTTP Basic: the scheme is declared once, every case operation
     * requires it and lists its problem responses; the calculations and parameters require nothing.
     */
    @Test
    void theCaseApiIsInTheOpenApiDocumentWithBasicAuthAndTheCalculationsStayPublic() throws Exception {
        JsonNode doc = body(call(get("/v3/api-docs")));
        assertThat(doc.at("/components/securitySchemes/basic/type").asString()).isEqualTo("http");
        assertThat(doc.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        // The text limits are the store's columns (sager.ColumnLimits), stated in the schemas.
        assertThat(doc.at("/components/schemas/NySag/properties/navn/maxLength").asInt()).isEqualTo(200);
        assertThat(doc.at("/components/schemas/AfklaringInput/properties/afklaring/maxLength").asInt()).isEqualTo(2000);
        assertThat(doc.at("/components/schemas/VisitationInput/properties/ledighedsydelseKategori/maxLength").asInt())
            .isEqualTo(40);
        // a decision's reason: the point's afklaring (2000) less "Efterreguleringen er frafaldet: " (32), computed
        JsonNode afgoerelse = doc.at("/components/schemas/AfgoerelseInput");
        assertThat(afgoerelse.at("/properties/begrundelse/maxLength").asInt()).isEqualTo(1968);
        assertThat(afgoerelse.at("/properties/begrundelse/type").asString()).isEqualTo("string");
        assertThat(afgoerelse.get("required").toString()).contains("\"version\"", "\"godkend\"", "\"begrundelse\"");
        assertThat(doc.has("security")).as("no document-wide requirement").isFalse();
        JsonNode paths = doc.get("paths");
        List<String> sager = paths.propertyNames().stream().filter(p -> p.startsWith("/api/v1/sager")).toList();
        assertThat(sager).containsExactlyInAnyOrder("/api/v1/sager", "/api/v1/sager/{id}",
            "/api/v1/sager/{id}/bevillinger", "/api/v1/sager/{id}/bevillinger/{bevillingId}",
            "/api/v1/sager/{id}/udbetalinger/{udbetalingId}/forklaring",
            "/api/v1/sager/{id}/udbetalinger/{udbetalingId}/afgoerelse", "/api/v1/sager/{id}/ansaettelser",
            "/api/v1/sager/{id}/ansaettelser/{ansaettelseId}", "/api/v1/sager/{id}/visitationer",
            "/api/v1/sager/{id}/haendelser", "/api/v1/sager/{id}/flag/{flagId}/afklaring");
        int caseOperations = 0;
        int publicOperations = 0;
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                JsonNode op = paths.get(path).get(method);
                String where = method + " " + path;
                if (!sager.contains(path)) {
                    publicOperations++;
                    assertThat(op.has("security")).as(where).isFalse();
                    assertThat(op.at("/responses/401").isMissingNode()).as(where).isTrue();
                    continue;
                }
                caseOperations++;
                assertThat(op.at("/security/0/basic").isArray()).as(where).isTrue();
                assertThat(op.at("/responses/401/$ref").asString()).as(where).isEqualTo("#/components/responses/IkkeLoggetInd");
                assertThat(op.at("/responses/403/$ref").asString()).as(where).isEqualTo("#/components/responses/IngenAdgang");
                assertThat(op.at("/responses/404").isMissingNode()).as(where).isEqualTo(!path.contains("{id}"));
                boolean hasBody = op.has("requestBody");
                assertThat(op.at("/responses/400").isMissingNode()).as(where).isEqualTo(!hasBody);
                assertThat(op.at("/responses/422").isMissingNode()).as(where).isEqualTo(!hasBody);
                // a stale version is possible wherever a version is sent: the PUTs, the decision on a payout and
                // settling a point (which can also be settled already)
                boolean versioned = method.equals("put") || path.endsWith("/afgoerelse") || path.endsWith("/afklaring");
                assertThat(op.at("/responses/409").isMissingNode()).as(where).isEqualTo(!versioned);
                if (versioned) {
                    assertThat(op.at("/responses/409/$ref").asString()).as(where).isEqualTo(path.endsWith("/afklaring")
                        ? "#/components/responses/PunktIkkeAabent" : "#/components/responses/SamtidigAendring");
                }
                assertThat(op.toString()).as(where).doesNotContain("Authentication", "\"500\"");
            }
        }
        assertThat(caseOperations).isEqualTo(14);
        assertThat(publicOperations).isGreaterThan(10);
        JsonNode create = paths.get("/api/v1/sager").get("post");
        assertThat(create.at("/requestBody/content/application~1json/schema/$ref").asString())
            .isEqualTo("#/components/schemas/NySag");
        assertThat(create.at("/responses/201/headers/Location").isObject()).isTrue();
        assertThat(paths.at("/~1api~1v1~1sager~1{id}~1udbetalinger~1{udbetalingId}~1forklaring/get/responses/200/content/"
            + "application~1json/schema/$ref").asString()).isEqualTo("#/components/schemas/Explanation");
        // the operations the case pages have: request and response schemas, 201 with the employment's address
        String sag = "/~1api~1v1~1sager~1{id}";
        String json = "content/application~1json/schema/$ref";
        JsonNode addEmployment = paths.at(sag + "~1ansaettelser/post");
        assertThat(addEmployment.at("/requestBody/" + json).asString()).isEqualTo("#/components/schemas/AnsaettelseInput");
        assertThat(addEmployment.at("/responses/201/" + json).asString()).isEqualTo("#/components/schemas/Ansaettelse");
        assertThat(addEmployment.at("/responses/201/headers/Location").isObject()).isTrue();
        JsonNode changeEmployment = paths.at(sag + "~1ansaettelser~1{ansaettelseId}/put");
        assertThat(changeEmployment.at("/requestBody/" + json).asString()).isEqualTo("#/components/schemas/AnsaettelseInput");
        assertThat(changeEmployment.at("/responses/200/" + json).asString()).isEqualTo("#/components/schemas/Ansaettelse");
        assertThat(paths.at(sag + "~1visitationer/post/requestBody/" + json).asString())
            .isEqualTo("#/components/schemas/VisitationInput");
        assertThat(paths.at(sag + "~1visitationer/post/responses/201/" + json).asString())
            .isEqualTo("#/components/schemas/Visitation");
        assertThat(paths.at(sag + "~1haendelser/post/requestBody/" + json).asString())
            .isEqualTo("#/components/schemas/HaendelseInput");
        assertThat(paths.at(sag + "~1haendelser/post/responses/201/" + json).asString())
            .isEqualTo("#/components/schemas/CaseEvent");
        JsonNode settle = paths.at(sag + "~1flag~1{flagId}~1afklaring/post");
        assertThat(settle.at("/requestBody/" + json).asString()).isEqualTo("#/components/schemas/AfklaringInput");
        assertThat(settle.at("/responses/200/" + json).asString()).isEqualTo("#/components/schemas/CaseFlag");
        assertThat(doc.at("/components/responses/PunktIkkeAabent/content/application~1problem+json/schema/$ref")
            .asString()).isEqualTo("#/components/schemas/Problem");
        JsonNode schemas = doc.at("/components/schemas");
        assertThat(schemas.propertyNames()).contains("Sag", "NySag", "NytNavn", "BevillingInput", "Sagsakt",
            "Ansaettelse", "AnsaettelseInput", "VisitationInput", "HaendelseInput", "AfklaringInput", "Problem",
            "FeltFejl", "SagOversigt");
        assertThat(schemas.at("/AnsaettelseInput/required").valueStream().map(JsonNode::asString))
            .containsExactlyInAnyOrder("cvr", "fra", "timerPrUge", "timeloen");
        assertThat(schemas.at("/AnsaettelseInput/properties/foersteFleksjob/type").asString()).isEqualTo("boolean");
        assertThat(schemas.at("/HaendelseInput/properties/type/enum").toString()).contains("SYGDOM", "FLYTNING");
        assertThat(schemas.at("/Sagsakt/properties").propertyNames()).contains("visitationer", "haendelser");
        assertThat(schemas.at("/Ansaettelse/properties/foersteFleksjob").toString()).contains("boolean");
        assertThat(schemas.at("/Problem/properties/fejl/items/$ref").asString()).isEqualTo("#/components/schemas/FeltFejl");
        assertThat(doc.at("/components/responses/SamtidigAendring/content/application~1problem+json/schema/$ref")
            .asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(doc.at("/components/responses/IkkeLoggetInd/headers/WWW-Authenticate").isObject()).isTrue();
    }

    void assertProblem(MvcResult r, int status, String field, String code) throws Exception {
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode p = body(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asString()).isNotBlank();
        JsonNode first = p.get("fejl").get(0);
        assertThat(first.get("felt").asString()).isEqualTo(field);
        assertThat(first.get("kode").asString()).isEqualTo(code);
        assertThat(first.get("besked").asString()).isNotBlank();
    }
}
