package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The store's own JSON writer against the JSON standard, as Jackson reads it. */
class Utf8JsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSentenceWithDanishLettersTheMinusSignAndAnAmountIsWrittenAsUtf8() {
        Utf8Json json = new Utf8Json(4).raw("{").name("tekst", true)
            .string("Fradrag: 30 pct. af lønnen − 4.350,00 kr. for »maj 2025«").name("beloeb", false)
            .number(new BigDecimal("15600.00")).raw('}');

        assertThat(json.toString()).isEqualTo(
            "{\"tekst\":\"Fradrag: 30 pct. af lønnen − 4.350,00 kr. for »maj 2025«\",\"beloeb\":15600.00}");
        assertThat(json.toBytes()).isEqualTo(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        Utf8Json json = new Utf8Json(1).string("a\"b\\c\nd\te\u0001f\u007f");

        assertThat(json.toString()).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001f\u007f\"");
    }

    @Test
    void anUnpairedSurrogateBecomesAQuestionMarkAsStringGetBytesMakesIt() {
        assertThat(new Utf8Json(8).string("x\uD800y\uD83D\uDE00").toString()).isEqualTo("\"x?y\uD83D\uDE00\"");
    }

    @Test
    void randomStringsReadBackAsTheyWereWritten() throws Exception {
        Random random = new Random(20261206);
        char[] alphabet = "abc æøå ÆØÅ −»«\"\\\n\r\t\u0000\u001f\u00e9\u20ac\uD83D\uDE00{}[]:,".toCharArray();
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            // A small start so the buffer grows in the middle of strings and escapes.
            Utf8Json json = new Utf8Json(1 + random.nextInt(16)).raw('[').string(s).raw(',').string(s).raw(']');

            JsonNode read = JSON.readTree(json.toBytes());
            String expected = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            assertThat(read.get(0).textValue()).as("round %d", round).isEqualTo(expected);
            assertThat(read.get(1).textValue()).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void numbersAreWrittenAsTheirPlainStringForRandomValuesScalesAndSigns() {
        Random random = new Random(20261207);
        for (int round = 0; round < 20_000; round++) {
            // Up to 25 digits and scales from -3 to 20: past a long and past the digits written by hand.
            BigDecimal value = new BigDecimal(new java.math.BigInteger(1 + random.nextInt(83), random),
                random.nextInt(24) - 3);
            if (random.nextBoolean()) {
                value = value.negate();
            }
            // A small start so the buffer grows in the middle of a number.
            Utf8Json json = new Utf8Json(1 + random.nextInt(4)).raw('[').number(value).raw(']');

            assertThat(json.toString()).as("round %d", round).isEqualTo("[" + value.toPlainString() + "]");
        }
        assertThat(new Utf8Json(1).number(new BigDecimal("0.05")).toString()).isEqualTo("0.05");
        assertThat(new Utf8Json(1).number(new BigDecimal("-1234.50")).toString()).isEqualTo("-1234.50");
        assertThat(new Utf8Json(1).number(new BigDecimal("15600")).toString()).isEqualTo("15600");
    }
}
