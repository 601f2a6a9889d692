package dk.fleksjob.server.sager;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5545: escaping (§ 3.3.11) and folding at 75 octets without splitting a UTF-8 character (§ 3.1). */
class ICalendarTest {

    @Test
    void textIsEscaped() {
        assertThat(ICalendar.escape("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
    }

    @Test
    void longLinesAreFoldedAt75OctetsNeverInsideACharacter() {
        String name = "Søren Ærø Åbenrå ".repeat(10);
        String cal = ICalendar.of(List.of(new Frist(LocalDate.of(2027, 7, 1), Frist.Art.OPFOELGNING, "LAB § 121, stk. 1",
            7, name)), Instant.parse("2026-11-23T12:00:00Z"), "Frister", Frist::navn, f -> "x");
        String[] lines = cal.split("\r\n");
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        // Unfolding (delete CRLF + space) gives back the text
        assertThat(cal.replace("\r\n ", "")).contains("SUMMARY:" + name + "\r\n");
        assertThat(cal).contains("DTSTAMP:20261123T120000Z\r\n", "UID:frist-7-opfoelgning-20270701@fleksjob\r\n");
        // the test can fail: a line of 76 octets is folded
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "X".repeat(76));
        assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n X\r\n");
    }
}
