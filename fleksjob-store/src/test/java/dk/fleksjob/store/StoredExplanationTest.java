package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.explain.Explanation;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.explain.Step;
import dk.fleksjob.rules.fleksloentilskud.Fleksloentilskud;
import dk.fleksjob.rules.fleksloentilskud.FleksloentilskudRequest;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A payout's explanation reads back exactly as the rules produced it, whatever the calculation. */
class StoredExplanationTest {

    /** The table, as the store would have it: every block the encoder named. */
    private static Map<String, String> table(Collection<String> keys) {
        Map<String, String> out = new HashMap<>();
        keys.forEach(k -> out.put(k, StoredExplanation.block(k)));
        return out;
    }

    private static Explanation roundTrip(Explanation original) {
        StoredExplanation.Encoded e = StoredExplanation.encode(original);
        return Json.explanation(e.bytes(), StoredExplanationTest::table);
    }

    @Test
    void randomMonthsWagesAndFullTimeWagesReadBackUnchanged() {
        SplittableRandom random = new SplittableRandom(20261123L);
        for (int i = 0; i < 300; i++) {
            YearMonth month = YearMonth.of(2014 + random.nextInt(12), 1 + random.nextInt(12));
            BigDecimal wage = BigDecimal.valueOf(random.nextInt(0, 4_000_000), 2);
            BigDecimal other = random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextInt(0, 1_000_000), 2)
                : BigDecimal.ZERO;
            FleksloentilskudRequest request = random.nextBoolean()
                ? new FleksloentilskudRequest(month, null, null, null, wage, other,
                    BigDecimal.valueOf(random.nextInt(2_000_000, 6_000_000), 2), Map.of())
                : new FleksloentilskudRequest(month, BigDecimal.valueOf(random.nextInt(12_000, 40_000), 2),
                    BigDecimal.valueOf(random.nextInt(4, 30)), BigDecimal.ONE, null, other, null, Map.of());
            Explanation original = Fleksloentilskud.calculate(request).forklaring();
            Explanation stored = roundTrip(original);
            assertThat(stored).as("case %d: %s", i, request).isEqualTo(original);
            assertThat(Json.explanationJson(StoredExplanation.encode(original).bytes(), StoredExplanationTest::table))
                .isEqualTo(Json.write(original));
        }
    }

    @Test
    void quotesBackslashesControlCharactersAndNullsSurvive() {
        LegalReference law = LegalReference.of(Law.LAB, "123", 1);
        Map<String, String> input = new LinkedHashMap<>();
        input.put("note", "»citat« \"med\" \\ og\ttab\nlinje\u0001");
        Step inner = new Step("indre", "Tekst uden beløb", null, null, List.of(), List.of(), Map.of(), List.of(),
            List.of());
        Step step = new Step("ydre", "Æ \"ø\" å", new BigDecimal("-12.50"), "kr.", List.of(law), List.of(), input,
            List.of(Flag.skalAfklares("Et punkt \\ med \"citat\"", law), new Flag(Flag.Type.UAFKLARET, "Uden hjemmel",
                null)), List.of(inner));
        Explanation original = new Explanation("Titel \"x\"", List.of(step));
        assertThat(roundTrip(original)).isEqualTo(original);
    }

    @Test
    void stepsWithoutListsAndTextsOutsideLatin1Survive() {
        LegalReference law = LegalReference.of(Law.LAB, "123", 1);
        Step bare = new Step("bar", null, null, null, null, null, null, null, null);
        Step child = new Step("barn", "20.670,00 kr. − 5.073,30 kr. ≈ 😀 \u2028", new BigDecimal("0.005"), "pct.",
            List.of(law), null, Map.of("a", "1"), null, List.of(bare));
        Step parent = new Step("forælder", "Ét trin", BigDecimal.ZERO, "kr.", null, List.of(), Map.of(), List.of(),
            List.of(child, bare));
        Explanation original = new Explanation("Titel", List.of(parent, bare));
        assertThat(roundTrip(original)).isEqualTo(original);
        assertThat(Json.explanationJson(StoredExplanation.encode(original).bytes(), StoredExplanationTest::table))
            .isEqualTo(Json.write(original));
    }

    @Test
    void theSameStepWithOtherParagraphsParametersOrPartsGetsItsOwnForm() {
        // The encoder remembers the last form of each step id; whatever differs must still be stored as it is.
        LegalReference lab = LegalReference.of(Law.LAB, "123", 1);
        LegalReference bek = LegalReference.of(Law.BEK_FLT, "3", 2);
        YearMonth month = YearMonth.of(2024, 12);
        dk.fleksjob.rules.parameter.Rates rates = dk.fleksjob.rules.parameter.Rates.standard();
        var knaek2024 = rates.forMonth("fleksloentilskud.knaek", month);
        var knaek2025 = rates.forMonth("fleksloentilskud.knaek", month.plusMonths(1));
        var sameButNotIdentical = rates.at("fleksloentilskud.knaek", month.atEndOfMonth());
        List<Step> variants = List.of(
            new Step("fradrag", "Første", BigDecimal.ONE, "kr.", List.of(lab), List.of(knaek2024), Map.of(), List.of(),
                List.of()),
            new Step("fradrag", "Anden hjemmel", BigDecimal.ONE, "kr.", List.of(bek), List.of(knaek2024), Map.of(),
                List.of(), List.of()),
            new Step("fradrag", "Andet år", BigDecimal.ONE, "kr.", List.of(bek), List.of(knaek2025), Map.of(),
                List.of(), List.of()),
            new Step("fradrag", "Samme værdi, andet objekt", BigDecimal.ONE, "kr.", List.of(bek),
                List.of(sameButNotIdentical), Map.of(), List.of(), List.of()),
            new Step("fradrag", "Anden enhed", BigDecimal.ONE, "pct.", List.of(bek), List.of(knaek2025), Map.of(),
                List.of(), List.of()),
            new Step("fradrag", "Med input", BigDecimal.ONE, "pct.", List.of(bek), List.of(knaek2025),
                Map.of("loen", "1"), null, null),
            new Step("fradrag", "Uden lister", BigDecimal.ONE, "pct.", null, null, null, null, null),
            new Step("fradrag", "Første igen", BigDecimal.ONE, "kr.", List.of(lab), List.of(knaek2024), Map.of(),
                List.of(), List.of()));
        for (Step s : variants) {
            Explanation original = new Explanation("Titel", List.of(s));
            assertThat(roundTrip(original)).as(s.tekst()).isEqualTo(original);
        }
    }

    @Test
    void aStepWhoseListIsChangedAfterItWasStoredGetsTheFormOfItsNewContent() {
        LegalReference lab = LegalReference.of(Law.LAB, "123", 1);
        LegalReference bek = LegalReference.of(Law.BEK_FLT, "3", 2);
        List<LegalReference> paragraphs = new java.util.ArrayList<>(List.of(lab));
        Step step = new Step("aendret", "Tekst", BigDecimal.ONE, "kr.", paragraphs, List.of(), Map.of(), List.of(),
            List.of());
        assertThat(roundTrip(new Explanation("Titel", List.of(step)))).isEqualTo(new Explanation("Titel", List.of(step)));
        paragraphs.set(0, bek);
        Explanation changed = new Explanation("Titel", List.of(step));
        assertThat(roundTrip(changed).trin().get(0).hjemmel()).containsExactly(bek);
    }

    @Test
    void aTypicalExplanationIsStoredInAboutAnEighthOfItsJson() {
        // STAR's example (ex. 1 in shared/domain/examples.md): 15.600 kr. in May 2024, full-time wage 32.067 kr.
        Explanation original = Fleksloentilskud.calculate(new FleksloentilskudRequest(YearMonth.of(2024, 5), null,
            null, null, new BigDecimal("15600.00"), BigDecimal.ZERO, new BigDecimal("32067.00"), Map.of())).forklaring();
        int json = StoredExplanation.format3(original, new HashSet<>()).size();
        byte[] stored = StoredExplanation.encode(original).bytes();
        assertThat(json).isGreaterThan(1800);
        assertThat(stored.length).isLessThan(json / 5);
        assertThat(Json.explanation(stored, StoredExplanationTest::table)).isEqualTo(original);
    }

    @Test
    void anExplanationStoredInFormat3BeforeCompressionIsReadAsItWas() {
        Explanation original = Fleksloentilskud.calculate(new FleksloentilskudRequest(YearMonth.of(2025, 3), null,
            null, null, new BigDecimal("6584.72"), BigDecimal.ZERO, new BigDecimal("48246.00"), Map.of())).forklaring();
        byte[] format3 = StoredExplanation.format3(original, new HashSet<>()).toBytes();
        assertThat(format3[0]).isEqualTo((byte) '{');
        assertThat(Json.explanation(format3, StoredExplanationTest::table)).isEqualTo(original);
    }

    @Test
    void anExplanationDeflatedWithTheDictionaryIsReadAsItWas() {
        // Format 4 as written from 23 November until the evening of 6 December 2026: 'Z', the dictionary's key, raw deflate.
        Explanation original = Fleksloentilskud.calculate(new FleksloentilskudRequest(YearMonth.of(2025, 3), null,
            null, null, new BigDecimal("6584.72"), BigDecimal.ZERO, new BigDecimal("48246.00"), Map.of())).forklaring();
        byte[] json = StoredExplanation.format3(original, new HashSet<>()).toBytes();
        java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED, true);
        d.setDictionary(PresetDictionary.FORKLARING.text().getBytes(StandardCharsets.UTF_8));
        d.setInput(json);
        d.finish();
        byte[] buf = new byte[json.length];
        int n = d.deflate(buf);
        d.end();
        byte[] deflated = new byte[21 + n];
        deflated[0] = PresetDictionary.DEFLATE;
        System.arraycopy(PresetDictionary.FORKLARING.key().getBytes(StandardCharsets.US_ASCII), 0, deflated, 1, 20);
        System.arraycopy(buf, 0, deflated, 21, n);
        assertThat(Json.explanation(deflated, StoredExplanationTest::table)).isEqualTo(original);
        // What is written now is Zstandard, with the same dictionary.
        byte[] now = StoredExplanation.encode(original).bytes();
        assertThat(now[0]).isEqualTo(PresetDictionary.ZSTD);
        assertThat(PresetDictionary.keyOf(now)).isEqualTo(PresetDictionary.keyOf(deflated));
    }

    @Test
    void aDamagedCompressedExplanationIsAnErrorNotAShorterExplanation() {
        Explanation original = Fleksloentilskud.calculate(new FleksloentilskudRequest(YearMonth.of(2024, 5), null,
            null, null, new BigDecimal("15600.00"), BigDecimal.ZERO, new BigDecimal("32067.00"), Map.of())).forklaring();
        byte[] stored = StoredExplanation.encode(original).bytes();
        byte[] truncated = Arrays.copyOf(stored, stored.length - 20);
        assertThatThrownBy(() -> Json.explanation(truncated, StoredExplanationTest::table))
            .hasMessageContaining("afkortet");
        byte[] garbled = stored.clone();
        for (int i = 30; i < garbled.length; i += 7) {
            garbled[i] ^= 0x55;
        }
        assertThatThrownBy(() -> Json.explanation(garbled, StoredExplanationTest::table))
            .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anExplanationStoredInFormat2IsReadAsItWas() {
        // Format 2 (23 Nov 2026): each step written out, its paragraphs and parameters named by block key.
        LegalReference law = LegalReference.of(Law.LAB, "123", 1);
        String stored = "{\"v\":2,\"titel\":\"Fleksløntilskud for maj 2024\",\"trin\":[{\"id\":\"a\","
            + "\"tekst\":\"Løn 1,50 kr.\",\"beloeb\":1.50,\"enhed\":\"kr.\",\"hjemmel\":[\"k1\"],\"parametre\":[],"
            + "\"input\":{\"loen\":\"1.50\"},\"flag\":[{\"type\":\"SKAL_AFKLARES\",\"tekst\":\"Se\",\"hjemmel\":\"k1\"}],"
            + "\"trin\":[]}]}";
        Explanation read = Json.explanation(stored.getBytes(StandardCharsets.UTF_8), keys -> Map.of("k1", Json.write(law)));
        assertThat(read).isEqualTo(new Explanation("Fleksløntilskud for maj 2024", List.of(new Step("a", "Løn 1,50 kr.",
            new BigDecimal("1.50"), "kr.", List.of(law), List.of(), Map.of("loen", "1.50"),
            List.of(Flag.skalAfklares("Se", law)), List.of()))));
    }

    @Test
    void anExplanationStoredBeforeBlocksExistedIsReadAsItWas() throws Exception {
        Explanation original = Fleksloentilskud.calculate(new FleksloentilskudRequest(YearMonth.of(2024, 5), null,
            null, null, new BigDecimal("15600.00"), BigDecimal.ZERO, new BigDecimal("32067.00"), Map.of())).forklaring();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(Json.write(original).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Json.explanation(bytes.toByteArray(), keys -> Map.of())).isEqualTo(original);
    }

    @Test
    void aMissingBlockIsAnErrorNotAShorterExplanation() {
        Explanation original = Fleksloentilskud.calculate(new FleksloentilskudRequest(YearMonth.of(2024, 5), null,
            null, null, new BigDecimal("15600.00"), BigDecimal.ZERO, new BigDecimal("32067.00"), Map.of())).forklaring();
        byte[] stored = StoredExplanation.encode(original).bytes();
        assertThatThrownBy(() -> Json.explanation(stored, keys -> Map.of()))
            .hasMessageContaining("mangler i databasen");
    }
}
