package dk.fleksjob.store;

import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Compression of what a payout stores in JSON — its explanation (format 4) and its input ({@code grundlag_z}) —
 * deflated with a preset dictionary of what every payout says. Deflate alone gets a 2 KB explanation to about 940
 * bytes, because one explanation is too short to repeat itself; with the dictionary it is about 260–350 bytes, and a
 * 500-byte input about 140. The database then writes a fifth of the bytes for each of 110.000 payouts
 * (docs/benchmarks.md, "Store").
 *
 * <p>A dictionary is the JSON of a few reference payouts, made by the code in use, so it says what this version
 * writes. It is stored like any other block in {@code forklaring_blok}, under the key of its content, and the stored
 * value names it: a payout reads back with the dictionary it was written with, also after the next version writes
 * another one.
 *
 * <p>Layout: {@code 'Z'}, the dictionary's 20-character block key, then raw deflate data (RFC 1951).
 */
final class PresetDictionary {

    /** For explanations: the rules' own sentences. */
    static final PresetDictionary FORKLARING = new PresetDictionary(explanations());
    /** For the input stored with a payout. */
    static final PresetDictionary GRUNDLAG = new PresetDictionary(inputs());

    static final byte MARKER = 'Z';
    private static final int KEY_LENGTH = 20;
    /** The column {@code forklaring_blok.indhold} holds 8000 characters; the end of a dictionary matters most. */
    private static final int MAX_CHARS = 8000;

    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(
        Deflater.BEST_SPEED, true));

    private final String text;
    private final byte[] bytes;
    private final String key;
    private final byte[] header;

    private PresetDictionary(String text) {
        this.text = last(text);
        this.bytes = this.text.getBytes(StandardCharsets.UTF_8);
        this.key = StoredExplanation.registerBlock(this.text);
        this.header = header(key);
    }

    /** The block key of this dictionary. */
    String key() {
        return key;
    }

    /** Its text, which a value compressed with it is read back with. */
    String text() {
        return text;
    }

    /**
     * Reference calculations whose sentences cover what a month's payouts say: a wage under the knæk, a wage over
     * it that the wage ceiling cuts, and wages from two employers. The most common case comes last, as deflate
     * reaches the end of the dictionary with the shortest distances. The wages are made up (inputs, not rates): any
     * wages that take these branches give the same sentences around different amounts.
     */
    private static String explanations() {
        YearMonth month = YearMonth.of(2025, 1);
        StringBuilder text = new StringBuilder();
        for (FleksloentilskudRequest r : List.of(
            request(month, "30000.00", "0", "35000.00"),
            request(month, "12000.00", "4000.00", "40000.00"),
            request(month, "6584.72", "0", "48246.00"))) {
            Utf8Json json = StoredExplanation.format3(Fleksloentilskud.calculate(r).forklaring(), new HashSet<>());
            text.append(new String(json.toBytes(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    private static FleksloentilskudRequest request(YearMonth month, String wage, String other, String fullTime) {
        return new FleksloentilskudRequest(month, null, null, null, new BigDecimal(wage), new BigDecimal(other),
            new BigDecimal(fullTime), Map.of());
    }

    /**
     * Reference inputs as the run stores them: a wage from a second employer, an expected wage (no income reported,
     * no full-time wage stated), and the common case last — one reported line. The figures are made up (inputs, not
     * rates): only the names and the layout around them are shared by every payout.
     */
    private static String inputs() {
        YearMonth month = YearMonth.of(2025, 1);
        Employment withWage = employment("48246.00");
        PayoutCalculation.Income own = income("10000000", "5879.21");
        PayoutCalculation.Income other = income("20000000", "2100.00");
        Employment noFullTime = employment(null);
        BigDecimal expected = noFullTime.expectedMonthlyWage();
        return PayoutCalculation.grundlag(month, withWage, own, List.of(other), own.loenindtaegt(), false,
                request(month, null, own.loenindtaegt(), other.loenindtaegt(), withWage))
            + PayoutCalculation.grundlag(month, noFullTime, null, List.of(), expected, true,
                request(month, new BigDecimal("283.45"), expected, BigDecimal.ZERO, noFullTime))
            + PayoutCalculation.grundlag(month, withWage, own, List.of(), own.loenindtaegt(), false,
                request(month, null, own.loenindtaegt(), BigDecimal.ZERO, withWage));
    }

    private static Employment employment(String fullTime) {
        return new Employment(1, 1, new Employment.Terms(new Cvr("10000000"), LocalDate.of(2024, 1, 1), null,
            new BigDecimal("5.00"), new BigDecimal("1.000"), new BigDecimal("268.67"), new BigDecimal("12.00"),
            fullTime == null ? null : new BigDecimal(fullTime)), 0);
    }

    private static PayoutCalculation.Income income(String cvr, String wage) {
        return new PayoutCalculation.Income(1, 2, cvr, new BigDecimal(wage), new BigDecimal("235.17"),
            new BigDecimal("470.34"), new BigDecimal("21.65"));
    }

    private static FleksloentilskudRequest request(YearMonth month, BigDecimal hourly, BigDecimal wage,
                                                   BigDecimal other, Employment job) {
        return new FleksloentilskudRequest(month, hourly, null, null, wage, other, job.terms().fuldtidsloen(),
            Map.of());
    }

    private static String last(String text) {
        int from = Math.max(0, text.length() - MAX_CHARS);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(from);
    }

    private static byte[] header(String key) {
        byte[] h = new byte[1 + KEY_LENGTH];
        h[0] = MARKER;
        byte[] k = key.getBytes(StandardCharsets.US_ASCII);
        if (k.length != KEY_LENGTH) {
            throw new IllegalStateException("en bloknøgle har " + KEY_LENGTH + " tegn");
        }
        System.arraycopy(k, 0, h, 1, KEY_LENGTH);
        return h;
    }

    /** The JSON, compressed with this dictionary, behind the header that names it. */
    byte[] compress(Utf8Json json) {
        Deflater d = DEFLATERS.get();
        d.reset();
        d.setDictionary(bytes);
        d.setInput(json.buffer(), 0, json.size());
        d.finish();
        byte[] out = Arrays.copyOf(header, header.length + json.size() / 2 + 64);
        int n = header.length;
        while (!d.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n += d.deflate(out, n, out.length - n);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    static boolean isCompressed(byte[] stored) {
        return stored.length > 1 + KEY_LENGTH && stored[0] == MARKER;
    }

    /** The key of the dictionary a stored value was compressed with. */
    static String keyOf(byte[] stored) {
        return new String(stored, 1, KEY_LENGTH, StandardCharsets.US_ASCII);
    }

    /** The JSON of a stored value, given the text of the dictionary it names. */
    static byte[] decompress(byte[] stored, String dictionary) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(dictionary.getBytes(StandardCharsets.UTF_8));
            inflater.setInput(stored, 1 + KEY_LENGTH, stored.length - 1 - KEY_LENGTH);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 8);
            byte[] chunk = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("den gemte værdi er afkortet");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("den gemte værdi kan ikke læses: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
