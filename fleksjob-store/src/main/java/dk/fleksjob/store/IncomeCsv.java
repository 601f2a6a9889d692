package dk.fleksjob.store;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.money.Kroner;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The income file of a payout month, in an eIndkomst-like layout: UTF-8, semicolon-separated, one header line
 *
 * <pre>cpr;cvr;indkomstmaaned;loen;pension_ansat;pension_arbejdsgiver;timer</pre>
 *
 * and one line per person, employer and income month. {@code loen} is the A-income wage without pension;
 * {@code pension_ansat} and {@code pension_arbejdsgiver} are the employee's own and the employer's contribution to a
 * pension scheme tied to the job (both count as lønindtægt, BEK om fleksløntilskud § 1, stk. 1, nr. 1–2);
 * {@code timer} are the hours reported. Amounts in kroner with a decimal comma or point and no thousands separator.
 * The income month is normally the month before the payout month; an earlier month is a correction (late or
 * changed income), which leads to an efterregulering.
 *
 * <p>Every line is checked, and every fault is reported with line, field and reason; a file with any fault is not
 * imported at all. A reason never repeats the CPR number.
 */
public final class IncomeCsv {

    static final String[] HEADER = {"cpr", "cvr", "indkomstmaaned", "loen", "pension_ansat", "pension_arbejdsgiver",
        "timer"};

    /** One accepted line. */
    public record Line(int line, long personId, String cvr, YearMonth maaned, BigDecimal loen, BigDecimal pensionAnsat,
                       BigDecimal pensionArbejdsgiver, BigDecimal timer) {
    }

    /** One fault: the line number (1 = the header), the column and the reason in Danish. */
    public record Rejection(int line, String field, String reason) {
        @Override
        public String toString() {
            return "linje " + line + ", " + field + ": " + reason;
        }
    }

    public record Result(List<Line> lines, List<Rejection> rejections) {
        public boolean accepted() {
            return rejections.isEmpty();
        }
    }

    private IncomeCsv() {
    }

    /**
     * Parses and checks the file for the payout month.
     *
     * @param persons the store's persons, CPR → id (a line for an unknown person is a fault)
     */
    public static Result parse(byte[] file, YearMonth payoutMonth, Map<String, Long> persons) {
        int from = startsWithBom(file) ? 3 : 0;
        // A national month is 110.000 lines: its parts are checked on all cores (the import waits for the check),
        // then put together in line order.
        List<Segment> segments = segments(file, from, file.length < PARALLEL_FROM ? 1 : SEGMENTS);
        List<Part> parts = segments.parallelStream().map(seg -> parseSegment(file, seg, payoutMonth, persons))
            .toList();
        List<Line> lines = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Part part : parts) {
            lines.addAll(part.lines());
            rejections.addAll(part.rejections());
        }
        List<Line> unique = withoutDuplicates(lines, rejections);
        if (segments.get(segments.size() - 1).lastLine() == 0) {
            rejections.add(new Rejection(1, "fil", "filen er tom; første linje skal være overskriften "
                + String.join(";", HEADER)));
        }
        rejections.sort(Comparator.comparingInt(Rejection::line));
        return new Result(rejections.isEmpty() ? unique : List.of(), rejections);
    }

    /** Files smaller than this are checked in one part. */
    private static final int PARALLEL_FROM = 1 << 20;
    private static final int SEGMENTS = 8;

    /** Bytes {@code [from, to)} of the file, whose first line is line {@code firstLine} (1 = the header). */
    private record Segment(int from, int to, int firstLine, int lastLine) {
    }

    private record Part(List<Line> lines, List<Rejection> rejections) {
    }

    /** The file cut at line ends into about {@code n} parts, each knowing its first line's number. */
    private static List<Segment> segments(byte[] file, int from, int n) {
        List<Segment> out = new ArrayList<>(n);
        int line = 1;
        int start = from;
        for (int i = 1; i <= n; i++) {
            int end = i == n ? file.length : Math.max(start, from + (int) ((long) (file.length - from) * i / n));
            while (end < file.length && end > start && file[end - 1] != '\n') {
                end++;
            }
            int lines = 0;
            for (int k = start; k < end; k++) {
                if (file[k] == '\n') {
                    lines++;
                }
            }
            // A last line without a line end is a line too.
            int count = end == file.length && end > start && file[end - 1] != '\n' ? lines + 1 : lines;
            out.add(new Segment(start, end, line, line + count - 1));
            line += count;
            start = end;
        }
        return out;
    }

    private static Part parseSegment(byte[] file, Segment segment, YearMonth payoutMonth, Map<String, Long> persons) {
        List<Line> lines = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        int start = segment.from();
        int lineNo = segment.firstLine() - 1;
        while (start < segment.to()) {
            int end = start;
            while (end < segment.to() && file[end] != '\n') {
                end++;
            }
            lineNo++;
            int stop = end > start && file[end - 1] == '\r' ? end - 1 : end;
            String text;
            try {
                text = decode(utf8, file, start, stop);
            } catch (CharacterCodingException e) {
                rejections.add(new Rejection(lineNo, "fil", "linjen er ikke gyldig UTF-8; filen skal gemmes som UTF-8"));
                start = end + 1;
                continue;
            }
            start = end + 1;
            if (lineNo == 1) {
                checkHeader(text, rejections);
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            Line line = parseLine(lineNo, text, payoutMonth, persons, rejections);
            if (line != null) {
                lines.add(line);
            }
        }
        return new Part(lines, rejections);
    }

    /** The lines in order, the second of two for the same person, CVR and income month rejected as a duplicate. */
    private static List<Line> withoutDuplicates(List<Line> lines, List<Rejection> rejections) {
        Map<String, Integer> seen = new HashMap<>();
        List<Line> unique = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Integer first = seen.putIfAbsent(line.personId() + "|" + line.cvr() + "|" + line.maaned(), line.line());
            if (first != null) {
                rejections.add(new Rejection(line.line(), "cpr", "dublet: samme person, CVR og indkomstmåned som linje "
                    + first));
            } else {
                unique.add(line);
            }
        }
        return unique;
    }

    private static boolean startsWithBom(byte[] f) {
        return f.length >= 3 && (f[0] & 0xff) == 0xEF && (f[1] & 0xff) == 0xBB && (f[2] & 0xff) == 0xBF;
    }

    private static String decode(CharsetDecoder utf8, byte[] file, int from, int to) throws CharacterCodingException {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = file[i] >= 0;
        }
        if (ascii) {
            return new String(file, from, to - from, StandardCharsets.ISO_8859_1);
        }
        CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(file, from, to - from));
        return chars.toString();
    }

    private static void checkHeader(String text, List<Rejection> rejections) {
        String[] cols = text.split(";", -1);
        boolean ok = cols.length == HEADER.length;
        for (int i = 0; ok && i < cols.length; i++) {
            ok = cols[i].strip().toLowerCase(Locale.ROOT).equals(HEADER[i]);
        }
        if (!ok) {
            rejections.add(new Rejection(1, "overskrift", "første linje skal være " + String.join(";", HEADER)));
        }
    }

    private static Line parseLine(int lineNo, String text, YearMonth payoutMonth, Map<String, Long> persons,
                                  List<Rejection> rejections) {
        String[] f = text.split(";", -1);
        if (f.length != HEADER.length) {
            rejections.add(new Rejection(lineNo, "linje", "linjen skal have " + HEADER.length + " felter adskilt af ';'"
                + " (har " + f.length + ")"));
            return null;
        }
        int before = rejections.size();
        Long personId = null;
        try {
            Cpr cpr = Cpr.of(f[0]);
            personId = persons.get(cpr.value());
            if (personId == null) {
                rejections.add(new Rejection(lineNo, "cpr", "ukendt person: der er ingen sag med dette CPR-nummer"));
            }
        } catch (InvalidInputException e) {
            rejections.add(new Rejection(lineNo, "cpr", e.getMessage()));
        }
        String cvr = null;
        try {
            cvr = Cvr.of(f[1]).value();
        } catch (InvalidInputException e) {
            rejections.add(new Rejection(lineNo, "cvr", e.getMessage()));
        }
        YearMonth month = month(lineNo, f[2], payoutMonth, rejections);
        BigDecimal loen = amount(lineNo, "loen", f[3], false, AMOUNT_DIGITS, rejections);
        BigDecimal own = amount(lineNo, "pension_ansat", f[4], true, AMOUNT_DIGITS, rejections);
        BigDecimal employer = amount(lineNo, "pension_arbejdsgiver", f[5], true, AMOUNT_DIGITS, rejections);
        BigDecimal hours = amount(lineNo, "timer", f[6], true, HOURS_DIGITS, rejections);
        if (rejections.size() > before) {
            return null;
        }
        return new Line(lineNo, personId, cvr, month, loen, own, employer, hours);
    }

    private static YearMonth month(int lineNo, String text, YearMonth payoutMonth, List<Rejection> rejections) {
        try {
            YearMonth m = YearMonth.parse(text.strip());
            if (!m.isBefore(payoutMonth)) {
                rejections.add(new Rejection(lineNo, "indkomstmaaned", "indkomstmåneden skal ligge før "
                    + "udbetalingsmåneden " + payoutMonth + " (tilskuddet nedsættes bagud for måneden før)"));
                return null;
            }
            return m;
        } catch (DateTimeParseException e) {
            rejections.add(new Rejection(lineNo, "indkomstmaaned", "skal være en måned som ÅÅÅÅ-MM"));
            return null;
        }
    }

    /** Digits before the decimal point the table holds: amounts numeric(12,2), hours numeric(7,2). */
    private static final int AMOUNT_DIGITS = 10;
    private static final int HOURS_DIGITS = 5;

    private static BigDecimal amount(int lineNo, String field, String text, boolean emptyIsZero, int wholeDigits,
                                     List<Rejection> rejections) {
        String s = text.strip();
        if (s.isEmpty()) {
            if (emptyIsZero) {
                return Kroner.ZERO;
            }
            rejections.add(new Rejection(lineNo, field, "beløbet mangler"));
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            rejections.add(new Rejection(lineNo, field, "er ikke et tal (brug decimalkomma eller -punktum, intet "
                + "tusindtalsskilletegn)"));
            return null;
        }
        if (v.signum() < 0) {
            rejections.add(new Rejection(lineNo, field, "beløbet må ikke være negativt"));
            return null;
        }
        if (v.scale() > 2) {
            rejections.add(new Rejection(lineNo, field, "højst to decimaler"));
            return null;
        }
        if (v.precision() - v.scale() > wholeDigits) {
            rejections.add(new Rejection(lineNo, field, wholeDigits == HOURS_DIGITS
                ? "for mange timer (højst " + "9".repeat(HOURS_DIGITS) + ",99)" : "beløbet er for stort"));
            return null;
        }
        // As the table keeps it (numeric with two decimals), so a line reads the same before and after the import.
        return v.setScale(2);
    }
}
