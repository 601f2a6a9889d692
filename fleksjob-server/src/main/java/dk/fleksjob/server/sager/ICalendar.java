package dk.fleksjob.server.sager;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The deadlines as an iCalendar file (RFC 5545), written by hand: CRLF line ends (§ 3.1), lines folded at 75
 * octets of UTF-8 with CRLF and one space and never inside a character (§ 3.1), TEXT values escaped (backslash,
 * semicolon, comma, newline; § 3.3.11), all-day events as {@code DTSTART;VALUE=DATE} with the next day as
 * {@code DTEND} (§ 3.6.1), a stable UID per case, kind and day so a re-import updates rather than duplicates.
 */
final class ICalendar {

    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /**
     * @param summary     the event's title for a deadline
     * @param description its longer text
     */
    static String of(List<Frist> frister, Instant now, String calendarName, Function<Frist, String> summary,
                     Function<Frist, String> description) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//fleksjob//sager//DA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (Frist f : frister) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:frist-" + f.personId() + "-" + f.art().name().toLowerCase(java.util.Locale.ROOT) + "-"
                + DATE.format(f.dato()) + "@fleksjob");
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(f.dato()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(f.dato().plusDays(1)));
            line(out, "SUMMARY:" + escape(summary.apply(f)));
            line(out, "DESCRIPTION:" + escape(description.apply(f)));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 § 3.3.11: backslash, semicolon and comma are escaped, a line break becomes \n. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets (§ 3.1), never splitting a UTF-8 character or a surrogate pair. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
