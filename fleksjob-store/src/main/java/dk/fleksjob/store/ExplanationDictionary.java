package dk.fleksjob.store;

import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Compression of stored explanations (format 4): the format-3 JSON, deflated with a preset dictionary made of the
 * sentences the rules write for everybody. Deflate alone gets a 2 KB explanation to about 940 bytes, because one
 * explanation is too short to repeat itself; with the dictionary it is about 260–350 bytes. The database then writes
 * a sixth of the bytes for each of 110.000 payouts (docs/benchmarks.md, "Store").
 *
 * <p>The dictionary is the format-3 JSON of a few reference calculations, computed by the rules in use, so it says
 * what this version's explanations say. It is stored like any other block in {@code forklaring_blok}, under the key
 * of its content, and the stored explanation names it: a payout reads back with the dictionary it was written with,
 * also after the rules' sentences have changed and the next version writes another one.
 *
 * <p>Layout: {@code 'Z'}, the dictionary's 20-character block key, then raw deflate data (RFC 1951).
 */
final class ExplanationDictionary {

    static final byte MARKER = 'Z';
    private static final int KEY_LENGTH = 20;
    /** The column {@code forklaring_blok.indhold} holds 8000 characters; the end of a dictionary matters most. */
    private static final int MAX_CHARS = 8000;

    private static final String TEXT = build();
    private static final byte[] BYTES = TEXT.getBytes(StandardCharsets.UTF_8);
    private static final String KEY = StoredExplanation.registerBlock(TEXT);
    private static final byte[] HEADER = header(KEY);

    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(
        Deflater.BEST_SPEED, true));

    private ExplanationDictionary() {
    }

    /** The block key of the dictionary explanations are compressed with now. */
    static String key() {
        return KEY;
    }

    /**
     * Reference calculations whose sentences cover what a month's payouts say: a wage under the knæk, a wage over
     * it that the wage ceiling cuts, and wages from two employers. The most common case comes last, as deflate
     * reaches the end of the dictionary with the shortest distances. The wages are made up (inputs, not rates): any
     * wages that take these branches give the same sentences around different amounts.
     */
    private static String build() {
        YearMonth month = YearMonth.of(2025, 1);
        List<FleksloentilskudRequest> references = List.of(
            request(month, "30000.00", "0", "35000.00"),
            request(month, "12000.00", "4000.00", "40000.00"),
            request(month, "6584.72", "0", "48246.00"));
        StringBuilder text = new StringBuilder();
        for (FleksloentilskudRequest r : references) {
            Utf8Json json = StoredExplanation.format3(Fleksloentilskud.calculate(r).forklaring(),
                new HashSet<>());
            text.append(new String(json.toBytes(), StandardCharsets.UTF_8));
        }
        int from = Math.max(0, text.length() - MAX_CHARS);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(from);
    }

    private static FleksloentilskudRequest request(YearMonth month, String wage, String other, String fullTime) {
        return new FleksloentilskudRequest(month, null, null, null, new BigDecimal(wage), new BigDecimal(other),
            new BigDecimal(fullTime), Map.of());
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

    /** The JSON, compressed with this version's dictionary, behind the header that names it. */
    static byte[] compress(Utf8Json json) {
        Deflater d = DEFLATERS.get();
        d.reset();
        d.setDictionary(BYTES);
        d.setInput(json.buffer(), 0, json.size());
        d.finish();
        byte[] out = Arrays.copyOf(HEADER, HEADER.length + json.size() / 2 + 64);
        int n = HEADER.length;
        while (!d.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n += d.deflate(out, n, out.length - n);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    static boolean isCompressed(byte[] stored) {
        return stored.length > HEADER.length && stored[0] == MARKER;
    }

    /** The key of the dictionary a stored explanation was compressed with. */
    static String keyOf(byte[] stored) {
        return new String(stored, 1, KEY_LENGTH, StandardCharsets.US_ASCII);
    }

    /** The JSON of a stored explanation, given the text of the dictionary it names. */
    static byte[] decompress(byte[] stored, String dictionary) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(dictionary.getBytes(StandardCharsets.UTF_8));
            inflater.setInput(stored, HEADER.length, stored.length - HEADER.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 8);
            byte[] chunk = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("den gemte forklaring er afkortet");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("den gemte forklaring kan ikke læses: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
