package dk.fleksjob.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.fleksjob.rules.parameter.Parameter;
import dk.fleksjob.rules.parameter.ParameterCatalog;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The server-rendered pages without a browser: status, the figures, errors, language, headers. */
@SpringBootTest
@AutoConfigureMockMvc
class PagesTest {

    static final String STAR = "/fleksloen?maaned=2024-05&timeloen=200&timer=18";

    @Autowired
    MockMvc mvc;

    MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    String html(String url) throws Exception {
        MockHttpServletResponse r = page(get(url));
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        return r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theCalculatorShowsWageSubsidyAtpAndTotalWithTheExplanation() throws Exception {
        String html = html(STAR);
        assertThat(html).contains("15.600,00 kr.", "15.272,00 kr.", "500,00 kr.", "30.872,00 kr.");
        assertThat(html).contains("Sådan er det beregnet", "LAB § 123, stk. 2", "https://www.retsinformation.dk/");
        assertThat(html).contains("data-graf=\"graf-timer\"", "data-graf=\"graf-aar\"");
        assertThat(html).contains("value=\"2024-05\"", "value=\"200\"", "value=\"18\"");
    }

    @Test
    void aDanishDecimalCommaIsUnderstood() throws Exception {
        String html = html("/fleksloen?maaned=2024-05&timeloen=200&timer=18&intensitet=0,5");
        // 9 effective hours × 200 kr. × 52 / 12 = 7.800 kr.
        assertThat(html).contains("7.800,00 kr.");
        assertThat(html("/fleksloen?maaned=2024-05&maanedsloen=1.234,50&fuldtidsloen=30000")).contains("1.234,50 kr.");
    }

    @Test
    void errorsAreShownBesideTheFieldAndInTheSummary() throws Exception {
        String html = html("/fleksloen?maaned=2024-05&timeloen=mange&timer=40");
        assertThat(html).contains("id=\"fejlopsummering\"", "href=\"#timeloen\"", "Værdien skal være et tal.");
        assertThat(html).contains("id=\"timeloen-fejl\"", "aria-invalid=\"true\"").doesNotContain("id=\"resultat\"");
        String rule = html("/fleksloen?maaned=2024-05&timeloen=200&timer=40");
        assertThat(rule).contains("Timer pr. uge kan højst være 37 (fuld tid).", "href=\"#timer\"");
    }

    @Test
    void englishBySwitchAndRemembered() throws Exception {
        MockHttpServletResponse r = page(get(STAR + "&lang=en"));
        String html = r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"en\"", "Total income before tax", "How it is calculated");
        Cookie cookie = r.getCookie("sprog");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("en");
        String again = page(get("/satser").cookie(cookie)).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(again).contains("<html lang=\"en\"", "Provenance");
    }

    @Test
    void danishByDefaultWhateverTheBrowserSays() throws Exception {
        String html = page(get("/").header("Accept-Language", "en-US,en;q=0.9"))
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"da\"", "Beregn din løn i fleksjob");
    }

    @Test
    void theShareLinkReproducesAndThePrintViewShowsTheCalculation() throws Exception {
        String html = html(STAR);
        assertThat(html).contains("http://localhost/fleksloen?maaned=2024-05&amp;timeloen=200&amp;timer=18");
        String print = html("/fleksloen/udskriv?maaned=2024-05&timeloen=200&timer=18");
        assertThat(print).contains("Beregning af løn og fleksløntilskud", "30.872,00 kr.", "Dine oplysninger",
            "Sådan er det beregnet").doesNotContain("class=\"navigation-menu\"");
    }

    @Test
    void theEmployerPageShowsTheCostOfAnHour() throws Exception {
        String html = html("/arbejdsgiver?maaned=2024-05&timeloen=200&timer=20&intensitet=0,5");
        // 20 hours at 50 pct.: the employer pays 10 effective hours, 100 kr. per hour at work
        assertThat(html).contains("100,00 kr.", "200,00 kr.", "8.667,00 kr.");
    }

    @Test
    void theEmployerPageComparesWithTheSchemeBefore2013() throws Exception {
        var r = dk.fleksjob.rules.sammenligning.Sammenligning.calculate(new dk.fleksjob.rules.sammenligning
            .SammenligningRequest(java.time.YearMonth.of(2024, 5), new java.math.BigDecimal("200"),
            new java.math.BigDecimal("20"), new java.math.BigDecimal("0.5"), null, null));
        String html = html("/arbejdsgiver?maaned=2024-05&timeloen=200&timer=20&intensitet=0,5");
        assertThat(html).contains("id=\"sammenligning\"", "Før 2013", kr(r.gammel().arbejdsgiverensUdgift()),
            kr(r.gammel().tilskud()), kr(r.ny().arbejdsgiverensUdgift()), "brøken 2/3", "LAB § 133");
        // the old scheme: the employer pays the full wage for the hours (more than the new scheme's wage for 10
        // effective hours) and gets a subsidy back
        assertThat(r.gammel().loenFraArbejdsgiver()).isGreaterThan(r.ny().loenFraArbejdsgiver());
        assertThat(html("/arbejdsgiver?maaned=2024-05&timeloen=200&timer=20&lang=en")).contains("Before 2013",
            "cost per month");
        assertThat(html("/arbejdsgiver?maaned=2024-05&maanedsloen=10000")).doesNotContain("id=\"sammenligning\"");
    }

    @Test
    void theRatesPageListsEveryParameterWithEveryValueAndProvenance() throws Exception {
        String html = html("/satser");
        for (Parameter p : ParameterCatalog.standard().all()) {
            assertThat(html).contains("id=\"" + p.id() + "\"");
            for (var v : p.vaerdier()) {
                assertThat(html).contains(v.kilde().url().replace("&", "&amp;"));
            }
        }
        assertThat(html).contains("badge-success", "Offentliggjort", "Sekundær", "Beregnet");
    }

    @Test
    void everyCalculatorIsThereNoneStillToCome() throws Exception {
        for (String path : new String[] {"/ledighedsydelse", "/fleksydelse", "/selvstaendige", "/frister"}) {
            assertThat(html(path)).as(path).contains("id=\"beregn-form\"").doesNotContain("kommer snart");
        }
        assertThat(java.util.Arrays.stream(dk.fleksjob.server.web.Side.values()).allMatch(
            dk.fleksjob.server.web.Side::ready)).isTrue();
        assertThat(html("/")).doesNotContain("Kommer snart");
        assertThat(page(get("/findes-ikke")).getStatus()).isEqualTo(404);
    }

    static String kr(java.math.BigDecimal amount) {
        return dk.fleksjob.rules.money.Kroner.format(amount);
    }

    @Test
    void ledighedsydelseShowsTheRulesFiguresWithTheExplanation() throws Exception {
        var r = dk.fleksjob.rules.ledighedsydelse.Ledighedsydelse.calculate(new dk.fleksjob.rules.ledighedsydelse
            .LedighedsydelseRequest(java.time.YearMonth.of(2024, 5), dk.fleksjob.rules.ledighedsydelse.Kategori.SATS_89,
            new java.math.BigDecimal("10000.50"), null, null, null));
        String html = html("/ledighedsydelse?maaned=2024-05&kategori=SATS_89&loen=10.000,50");
        assertThat(html).contains(kr(r.sats()), kr(r.fradrag30()), kr(r.ledighedsydelse()), kr(r.samletIndkomst()));
        assertThat(html).contains("Ledighedsydelse for maj 2024", "Sådan er det beregnet", "LAS § 74",
            "value=\"SATS_89\" selected", "89 pct. af dagpengenes højeste beløb");
        assertThat(html).contains("http://localhost/ledighedsydelse?maaned=2024-05&amp;kategori=SATS_89&amp;loen=10.000,50");
        String fejl = html("/ledighedsydelse?maaned=2024-05");
        assertThat(fejl).contains("id=\"fejlopsummering\"", "href=\"#kategori\"").doesNotContain("id=\"resultat\"");
    }

    @Test
    void fleksydelseShowsTheRulesFigures() throws Exception {
        var r = dk.fleksjob.rules.fleksydelse.Fleksydelse.calculate(dk.fleksjob.rules.fleksydelse.FleksydelseRequest
            .of(2024, java.time.LocalDate.of(1960, 3, 15))
            .withPensions(new java.math.BigDecimal("60000"), null, null)
            .withWork(new java.math.BigDecimal("40"), new java.math.BigDecimal("200"), null));
        String html = html("/fleksydelse?aar=2024&foedselsdato=1960-03-15&livsvarigPension=60000&timer=40&timeloen=200");
        assertThat(html).contains(kr(r.fleksydelseAar()), kr(r.pensionsfradrag()), kr(r.fleksydelseMaaned()),
            kr(r.fradragArbejde()), kr(r.udbetalingMaaned()), "Fleksydelse for 2024", "Sådan er det beregnet");
        assertThat(html("/fleksydelse?aar=2024&foedselsdato=15-03-1960")).contains("href=\"#foedselsdato\"",
            "Værdien skal være en dato skrevet ÅÅÅÅ-MM-DD.");
    }

    @Test
    void selvstaendigeShowsTheRulesFiguresAndKeepsTheBox() throws Exception {
        var r = dk.fleksjob.rules.selvstaendige.TilskudSelvstaendig.calculate(new dk.fleksjob.rules.selvstaendige
            .TilskudSelvstaendigRequest(2024, new java.math.BigDecimal("150000"), null, true, null));
        String html = html("/selvstaendige?aar=2024&overskud=150000&aegtefaeller=true");
        assertThat(html).contains(kr(r.grundbeloeb()), kr(r.nedsaettelse()), kr(r.tilskudAar()), kr(r.tilskudMaaned()),
            "checked", "Tilskud for 2024");
        assertThat(html("/selvstaendige?aar=2024")).contains("href=\"#overskud\"");
    }

    @Test
    void fristerShowsTheDatesInTheReadersLanguage() throws Exception {
        var r = dk.fleksjob.rules.frister.Frister.calculate(dk.fleksjob.rules.frister.FristerRequest.of(
            java.time.LocalDate.of(1970, 6, 1), java.time.LocalDate.of(2024, 1, 1), true));
        String url = "/frister?foedselsdato=1970-06-01&startdato=2024-01-01&foersteFleksjob=true";
        String html = html(url);
        assertThat(html).contains(dk.fleksjob.rules.money.DanishDates.format(r.folkepensionsdato()),
            dk.fleksjob.rules.money.DanishDates.format(r.bevillingUdloeber()), "Dine frister", "Bevillingen udløber",
            "value=\"true\" selected");
        assertThat(html(url + "&lang=en")).contains("Your deadlines", "The grant ends",
            r.bevillingUdloeber().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)));
        assertThat(html("/frister?foedselsdato=1970-06-01&startdato=2024-01-01")).contains("href=\"#foersteFleksjob\"");
    }

    @Test
    void everyNewCalculatorHasAPrintView() throws Exception {
        String print = html("/ledighedsydelse/udskriv?maaned=2024-05&kategori=FORSOERGER&loen=5000");
        assertThat(print).contains("Beregning: Ledighedsydelse", "Dine oplysninger", "Forsørgersats", "Sats",
            "Sådan er det beregnet", "id=\"resultat-tabel\"").doesNotContain("class=\"navigation-menu\"");
        assertThat(html("/fleksydelse/udskriv?aar=2024&foedselsdato=1960-03-15")).contains("Beregning: Fleksydelse",
            "Fødselsdato", "id=\"resultat-tabel\"");
        assertThat(html("/selvstaendige/udskriv?aar=2024&overskud=150000&aegtefaeller=true")).contains(
            "Beregning: Selvstændige", "Begge ægtefæller driver virksomheden", "Ja", "id=\"resultat-tabel\"");
        assertThat(html("/frister/udskriv?foedselsdato=1970-06-01&lang=en")).contains("Calculation: Deadlines",
            "Date of birth", "id=\"resultat-tabel\"");
    }

    @Test
    void securityHeadersOnEveryPage() throws Exception {
        MockHttpServletResponse r = page(get("/"));
        assertThat(r.getHeader("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(r.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getHeader("Fleksjob-Regelversion")).isNotBlank();
    }

    @Test
    void frontEndPackagesAreServedFromTheBuild() throws Exception {
        assertThat(page(get("/vendor/dkfds/css/dkfds-borgerdk.min.css")).getStatus()).isEqualTo(200);
        assertThat(page(get("/vendor/dkfds/js/dkfds.min.js")).getStatus()).isEqualTo(200);
        assertThat(page(get("/vendor/chartjs/chart.umd.min.js")).getStatus()).isEqualTo(200);
    }
}
