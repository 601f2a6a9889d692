package dk.fleksjob.store;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;
import com.github.luben.zstd.ZstdException;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Compression of what a payout stores in JSON — its explanation (format 4) and its input ({@code grundlag_z}) —
 * with a preset dictionary of what every payout says. One explanation is too short to repeat itself: compressed
 * alone, 2 KB become about 930 bytes; with the dictionary about 270, and a 500-byte input about 140. The database
 * then writes a fifth of the bytes for each of 110.000 payouts (docs/benchmarks.md, "Store").
 *
 * <p>A dictionary is the JSON of a few reference payouts, made by the code in use, so it says what this version
 * writes. It is stored like any other block in {@code forklaring_blok}, under the key of its content, and the stored
 * value names it: a payout reads back with the dictionary it was written with, also after the next version writes
 * another one.
 *
 * <p>Layout: a marker, the dictionary's 20-character block key, then the compressed bytes:
 * <ul>
 *   <li>{@code 'S'}: a Zstandard frame (RFC 8878), the dictionary used as raw content. Written since the evening
 *       of 6 December 2026: zlib took about 20 µs for an explanation with the dictionary, Zstandard takes about 5;
 *       the difference was a sixth of a national run's processor time.</li>
 *   <li>{@code 'Z'}: raw deflate data (RFC 1951), written from 23 November 2026 until then; read as before.</li>
 * </ul>
 */
final class PresetDictionary {

    /** For explanations: the rules' own sentences. */
    static final PresetDictionary FORKLARING = new PresetDictionary(explanations());
    /** For the input stored with a payout. */
    static final PresetDictionary GRUNDLAG = new PresetDictionary(inputs());

    /** What is written now: Zstandard. */
    static final byte ZSTD = 'S';
    /** What was written before: deflate. */
    static final byte DEFLATE = 'Z';
    private static final int KEY_LENGTH = 20;
    /** Level 1: with the dictionary an explanation takes about 270 bytes (deflate: 317 at its fastest, 256 at 6). */
    private static final int LEVEL = 1;
    /** The column {@code forklaring_blok.indhold} holds 8000 characters; the end of a dictionary matters most. */
    private static final int MAX_CHARS = 8000;

    /** Prepared read dictionaries by their text (a few in a database's lifetime). */
    private static final Map<String, ZstdDictDecompress> READ_DICTIONARIES = new ConcurrentHashMap<>();
    /** A scratch buffer per thread to compress into (the run compresses on all cores). */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[16 * 1024]);

    private final String text;
    private final byte[] bytes;
    private final String key;
    private final byte[] header;
    /** The dictionary prepared once for compressing (shared); a context per thread uses it. */
    private final ZstdDictCompress prepared;
    private final ThreadLocal<ZstdCompressCtx> contexts;

    private PresetDictionary(String text) {
        this.text = last(text);
        this.bytes = this.text.getBytes(StandardCharsets.UTF_8);
        this.key = StoredExplanation.registerBlock(this.text);
        this.header = header(key);
        this.prepared = new ZstdDictCompress(bytes, LEVEL);
        this.contexts = ThreadLocal.withInitial(() -> {
            ZstdCompressCtx ctx = new ZstdCompressCtx();
            ctx.loadDict(prepared);
            // The block key names the dictionary and the database keeps the value safe: no id, no checksum.
            ctx.setDictID(false);
            ctx.setChecksum(false);
            return ctx;
        });
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
        h[0] = ZSTD;
        byte[] k = key.getBytes(StandardCharsets.US_ASCII);
        if (k.length != KEY_LENGTH) {
            throw new IllegalStateException("en bloknøgle har " + KEY_LENGTH + " tegn");
        }
        System.arraycopy(k, 0, h, 1, KEY_LENGTH);
        return h;
    }

    /** The JSON, compressed with this dictionary, behind the header that names it. */
    byte[] compress(Utf8Json json) {
        int bound = (int) Zstd.compressBound(json.size());
        byte[] scratch = SCRATCH.get();
        if (scratch.length < bound) {
            scratch = new byte[bound];
            SCRATCH.set(scratch);
        }
        int n = contexts.get().compressByteArray(scratch, 0, bound, json.buffer(), 0, json.size());
        byte[] out = Arrays.copyOf(header, header.length + n);
        System.arraycopy(scratch, 0, out, header.length, n);
        return out;
    }

    static boolean isCompressed(byte[] stored) {
        return stored.length > 1 + KEY_LENGTH && (stored[0] == ZSTD || stored[0] == DEFLATE);
    }

    /** The key of the dictionary a stored value was compressed with. */
    static String keyOf(byte[] stored) {
        return new String(stored, 1, KEY_LENGTH, StandardCharsets.US_ASCII);
    }

    /** The JSON of a stored value, given the text of the dictionary it names. */
    static byte[] decompress(byte[] stored, String dictionary) {
        return stored[0] == ZSTD ? unzstd(stored, dictionary) : inflate(stored, dictionary);
    }

    private static byte[] unzstd(byte[] stored, String dictionary) {
        int from = 1 + KEY_LENGTH;
        long size = Zstd.getFrameContentSize(stored, from, stored.length - from);
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("den gemte værdi kan ikke læses (længde " + size + ")");
        }
        ZstdDictDecompress prepared = READ_DICTIONARIES.computeIfAbsent(dictionary,
            d -> new ZstdDictDecompress(d.getBytes(StandardCharsets.UTF_8)));
        try (ZstdDecompressCtx ctx = new ZstdDecompressCtx()) {
            ctx.loadDict(prepared);
            byte[] out = new byte[(int) size];
            int n = ctx.decompressByteArray(out, 0, out.length, stored, from, stored.length - from);
            if (n != out.length) {
                throw new IllegalStateException("den gemte værdi er afkortet");
            }
            return out;
        } catch (ZstdException e) {
            throw new IllegalStateException("den gemte værdi er afkortet eller beskadiget: " + e.getMessage(), e);
        }
    }

    private static byte[] inflate(byte[] stored, String dictionary) {
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
