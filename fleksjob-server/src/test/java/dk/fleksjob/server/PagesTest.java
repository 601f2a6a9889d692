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
    void pagesStillToComeSaySo() throws Exception {
        for (String path : new String[] {"/ledighedsydelse", "/fleksydelse", "/selvstaendige", "/frister"}) {
            assertThat(html(path)).contains("kommer snart");
        }
        assertThat(page(get("/findes-ikke")).getStatus()).isEqualTo(404);
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
