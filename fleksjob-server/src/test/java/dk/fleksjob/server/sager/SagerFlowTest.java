package dk.fleksjob.server.sager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole flow a caseworker goes through (docs/sager.md): log in, create a case, grant, employment, upload the
 * month's income, see the payouts and the points to settle, open the explanation, the PDF letters and the deadline
 * calendar. Debug logging of the web layer is on, and the captured log never holds the CPR number.
 */
@SpringBootTest(properties = {"fleksjob.store.url=jdbc:h2:mem:sagerflow;DB_CLOSE_DELAY=-1",
    "logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.security=DEBUG",
    "logging.level.dk.fleksjob=DEBUG"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SagerFlowTest {

    static final String CPR = "1105901234";
    static final String CPR_DASH = "110590-1234";
    static final String HEADER = "cpr;cvr;indkomstmaaned;loen;pension_ansat;pension_arbejdsgiver;timer\n";

    @Autowired
    MockMvc mvc;

    /** Log levels are global to the JVM: put them back so later test classes do not log at DEBUG. */
    @org.junit.jupiter.api.AfterAll
    static void quietAgain() {
        var logging = org.springframework.boot.logging.LoggingSystem.get(SagerFlowTest.class.getClassLoader());
        for (String name : new String[] {"org.springframework.web", "org.springframework.security", "dk.fleksjob"}) {
            logging.setLogLevel(name, null);
        }
    }

    @Test
    void aCaseworkerCreatesACaseRunsTheMonthAndOpensExplanationLetterAndCalendar(CapturedOutput log) throws Exception {
        SagerLogin s = SagerLogin.as(mvc, "sagsbehandler");
        long id = SagerWebTest.createCase(s, CPR, "Hansen, Dorte; Ø");
        String url = "/sager/" + id;
        assertThat(s.submit(url, post(url + "/visitationer").param("dato", "2025-10-01").param("timerPrUge", "18")
            .param("intensitet", "1").param("kategori", "89 pct.")).getStatus()).isEqualTo(302);
        assertThat(s.submit(url, post(url + "/bevillinger").param("type", "MIDLERTIDIG").param("fra", "2026-01-01")
            .param("til", "2030-12-31")).getStatus()).isEqualTo(302);
        assertThat(s.submit(url, post(url + "/ansaettelser").param("cvr", "12345678").param("fra", "2026-01-01")
            .param("timerPrUge", "18").param("intensitet", "1").param("timeloen", "190,48").param("pensionProcent", "5")
            .param("fuldtidsloen", "32067")).getStatus()).isEqualTo(302);
        assertThat(s.html(url)).contains("Midlertidig (5 år)", "12345678", "190,48 kr.");

        // A file with a fault is rejected whole, with line, field and reason
        MockHttpServletResponse bad = s.perform(multipart("/sager/udbetaling").file(file(CPR + ";12345678;2026-10;-5;0;0;78"))
            .param("maaned", "2026-11").param("_csrf", s.csrf("/sager/udbetaling")));
        assertThat(bad.getStatus()).isEqualTo(200);
        String rejected = bad.getContentAsString(StandardCharsets.UTF_8);
        assertThat(rejected).contains("id=\"afviste-linjer\"", "<td>2</td>", "loen").doesNotContain(CPR);
        // and without the CSRF token the upload is refused
        assertThat(s.perform(multipart("/sager/udbetaling").file(file(CPR + ";12345678;2026-10;15600;0;0;78"))
            .param("maaned", "2026-11")).getStatus()).isEqualTo(403);

        // The good file: 15.600 kr. in October (STAR's example: 18 hours at 200 kr.) → the subsidy for November
        MockHttpServletResponse run = s.perform(multipart("/sager/udbetaling")
            .file(file(CPR + ";12345678;2026-10;14857.14;0;742.86;78")).param("maaned", "2026-11")
            .param("_csrf", s.csrf("/sager/udbetaling")));
        String report = run.getContentAsString(StandardCharsets.UTF_8);
        assertThat(run.getStatus()).isEqualTo(200);
        assertThat(report).contains("id=\"koert\"", "id=\"udbetalinger\"", "Hansen, Dorte; Ø", "110590-XXXX")
            .doesNotContain(CPR);

        Matcher m = Pattern.compile("href=\"/sager/" + id + "/udbetalinger/(\\d+)\"").matcher(report);
        assertThat(m.find()).isTrue();
        String payout = url + "/udbetalinger/" + m.group(1);
        String explanation = s.html(payout);
        assertThat(explanation).contains("Udbetaling for november 2026", "LAB § 123", "id=\"forklaring\"");

        MockHttpServletResponse pdf = s.perform(get(payout + "/afgoerelse.pdf"));
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String text = pdfText(pdf.getContentAsByteArray());
        String amount = between(explanation, "id=\"u-udbetalt\">", "<");
        assertThat(text).contains("Afgørelse om fleksløntilskud for november 2026", amount, "§ 123", "Retsgrundlag",
            "110590-XXXX").doesNotContain(CPR).doesNotContain(CPR_DASH);

        Matcher g = Pattern.compile("href=\"(/sager/" + id + "/bevillinger/\\d+/afgoerelse.pdf)\"").matcher(s.html(url));
        assertThat(g.find()).isTrue();
        String grant = pdfText(s.perform(get(g.group(1))).getContentAsByteArray());
        assertThat(grant).contains("Afgørelse om fleksjob", "LAB § 120, stk. 1", "31. december 2030", "Frister");

        // The deadline calendar and its iCalendar export
        String calendar = s.html("/sager/frister");
        assertThat(calendar).contains("Bevillingen udløber", "31. december 2030", "Folkepensionsalderen nås",
            "LAB § 121, stk. 1");
        MockHttpServletResponse ics = s.perform(get("/sager/frister.ics"));
        assertThat(ics.getContentType()).startsWith("text/calendar");
        String cal = ics.getContentAsString(StandardCharsets.UTF_8);
        assertThat(cal).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(cal).contains("DTSTART;VALUE=DATE:20301231\r\n", "DTEND;VALUE=DATE:20310101\r\n",
            "Hansen\\, Dorte\\; Ø", "UID:frist-" + id + "-bevilling_udloeber-20301231@fleksjob").doesNotContain(CPR);
        assertICalendarLines(cal);

        // Nothing the server logged in all of this holds the CPR number, in any form
        assertThat(log.getAll()).contains("Sag oprettet: person " + id).doesNotContain(CPR).doesNotContain(CPR_DASH);
    }

    @Test
    void anotherJobcentreGets404ForTheLettersAndTheExplanation() throws Exception {
        SagerLogin kbh = SagerLogin.as(mvc, "sagsbehandler");
        long id = SagerWebTest.createCase(kbh, "0606906666", "Eva Eriksen");
        kbh.submit("/sager/" + id, post("/sager/" + id + "/bevillinger").param("type", "PERMANENT")
            .param("fra", "2026-01-01"));
        SagerLogin frb = SagerLogin.as(mvc, "frederiksberg");
        assertThat(frb.perform(get("/sager/" + id + "/bevillinger/1/afgoerelse.pdf")).getStatus()).isEqualTo(404);
        assertThat(frb.perform(get("/sager/" + id + "/udbetalinger/1")).getStatus()).isEqualTo(404);
        assertThat(frb.perform(get("/sager/frister.ics")).getContentAsString(StandardCharsets.UTF_8))
            .doesNotContain("Eva Eriksen");
    }

    /** RFC 5545 § 3.1: every line ends in CRLF and is at most 75 octets; a continuation starts with a space. */
    static void assertICalendarLines(String cal) {
        assertThat(cal.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : cal.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    static MockMultipartFile file(String... lines) {
        return new MockMultipartFile("fil", "indkomst.csv", "text/csv",
            (HEADER + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    static String between(String s, String start, String end) {
        int i = s.indexOf(start) + start.length();
        return s.substring(i, s.indexOf(end, i));
    }
}
