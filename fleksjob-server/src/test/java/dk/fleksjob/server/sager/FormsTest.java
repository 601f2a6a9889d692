package dk.fleksjob.server.sager;

import static org.assertj.core.api.Assertions.assertThat;

import dk.fleksjob.server.sager.ColumnLimits.Bound;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** How the case forms read a number, and the messages' texts in both languages. */
class FormsTest {

    static final List<Bound> BOUNDS = List.of(Bound.HUNDREDS, Bound.WAGE, Bound.AMOUNT, Bound.INTENSITY);

    /** What the form makes of a typed number: {@code ok:<value as stored>} or the message's key. */
    static String read(String typed, Bound bound) {
        try {
            return "ok:" + Forms.number(typed, "felt", bound).toPlainString();
        } catch (FieldProblem e) {
            return e.key();
        }
    }

    /**
     * The reading the forms promise, said directly: digits with at most one decimal comma or point (spaces ignored);
     * out of range (below 0 or over the column's largest value) before too many decimals typed (zeros count: "1.000"
     * is not 1); else the value with exactly the decimals typed.
     */
    static String expected(String typed, Bound bound) {
        String s = typed.replace(" ", "");
        if (s.isBlank()) {
            return "sager.felt.udfyldes";
        }
        if (!s.matches("[+-]?[0-9]*([.,][0-9]*)?") || !s.matches(".*[0-9].*")) {
            return "sager.felt.tal";
        }
        BigDecimal v = new BigDecimal(s.replace(',', '.'));
        if (v.signum() < 0 || v.compareTo(bound.max()) > 0) {
            return "sager.felt.mellem";
        }
        int separator = Math.max(s.indexOf(','), s.indexOf('.'));
        int decimals = separator < 0 ? 0 : s.length() - separator - 1;
        return decimals > bound.decimals() ? "sager.felt.decimaler" : "ok:" + v.toPlainString();
    }

    @Test
    void theBoundaryPairsOfEveryColumn() {
        // numeric(5,2): 999,99 is the largest; 1000 and 999,991 are over it; a third decimal is refused, not rounded
        assertThat(read("999,99", Bound.HUNDREDS)).isEqualTo("ok:999.99");
        assertThat(read("1000", Bound.HUNDREDS)).isEqualTo("sager.felt.mellem");
        assertThat(read("999,991", Bound.HUNDREDS)).isEqualTo("sager.felt.mellem");
        assertThat(read("10,555", Bound.HUNDREDS)).isEqualTo("sager.felt.decimaler");
        assertThat(read("10.55", Bound.HUNDREDS)).isEqualTo("ok:10.55");
        // numeric(10,2): 99.999.999,99 is the largest hourly wage
        assertThat(read("99999999,99", Bound.WAGE)).isEqualTo("ok:99999999.99");
        assertThat(read("100000000", Bound.WAGE)).isEqualTo("sager.felt.mellem");
        // "1.000" is not 1 krone: more decimals than any amount has, so refused
        assertThat(read("1.000", Bound.WAGE)).isEqualTo("sager.felt.decimaler");
        assertThat(read("1 000", Bound.WAGE)).isEqualTo("ok:1000");
        // numeric(4,3): intensity to 3 decimals
        assertThat(read("0,125", Bound.INTENSITY)).isEqualTo("ok:0.125");
        assertThat(read("0,1255", Bound.INTENSITY)).isEqualTo("sager.felt.decimaler");
        // no exponents, no other digits than 0-9, no thousands separators
        assertThat(read("1e3", Bound.AMOUNT)).isEqualTo("sager.felt.tal");
        assertThat(read("١٢", Bound.AMOUNT)).isEqualTo("sager.felt.tal");
        assertThat(read("1.000,50", Bound.AMOUNT)).isEqualTo("sager.felt.tal");
        assertThat(read("-0,01", Bound.AMOUNT)).isEqualTo("sager.felt.mellem");
    }

    @Test
    void aMegabyteOfDigitsIsAnsweredWithoutParsingIt() {
        String many = "9".repeat(1_000_000);
        assertThat(read(many, Bound.AMOUNT)).isEqualTo("sager.felt.mellem");
        assertThat(read("1," + "0".repeat(1_000_000), Bound.INTENSITY)).isEqualTo("sager.felt.decimaler");
        assertThat(read("1," + "0".repeat(1_000_000) + "1", Bound.INTENSITY)).isEqualTo("sager.felt.mellem");
        assertThat(read("0," + many, Bound.HUNDREDS)).isEqualTo("sager.felt.decimaler");
    }

    /** Seeded: numbers near each column's bound, with and without decimals, signs, spaces and some junk. */
    @Test
    void aTypedNumberIsReadAsTheFormsPromiseNearEveryBound() {
        Random random = new Random(20261123L);
        String[] wholes = {"", "0", "00", "1", "10", "999", "1000", "99999999", "100000000", "999999999", "1000000000",
            "1000000001", "9999999999999", "0000001"};
        String[] junk = {"", " ", "abc", "1,2,3", "1..2", "e", "1e2", ",", ".", "-", "+", "+-1", "1-", "1 , 5", "½"};
        for (int i = 0; i < 20_000; i++) {
            String typed;
            if (random.nextInt(20) == 0) {
                typed = junk[random.nextInt(junk.length)];
            } else {
                StringBuilder s = new StringBuilder();
                s.append(switch (random.nextInt(8)) {
                    case 0 -> "-";
                    case 1 -> "+";
                    default -> "";
                });
                s.append(random.nextBoolean() ? wholes[random.nextInt(wholes.length)] : digits(random, 14));
                if (random.nextInt(3) > 0) {
                    s.append(random.nextBoolean() ? ',' : '.').append(digits(random, 5));
                }
                if (random.nextInt(10) == 0) {
                    s.insert(random.nextInt(s.length() + 1), ' ');
                }
                typed = s.toString();
            }
            for (Bound bound : BOUNDS) {
                assertThat(read(typed, bound)).as("'" + typed + "' for " + bound).isEqualTo(expected(typed, bound));
            }
        }
    }

    /** Mostly 9s and 0s, the digits at the bounds; 0 to {@code max} of them. */
    static String digits(Random random, int max) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            int r = random.nextInt(4);
            s.append(r == 0 ? '9' : r == 1 ? '0' : (char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    /** The Danish text the API and the log show is the text the pages show in Danish (one source: sager.properties). */
    @Test
    void theMessagesReadTheSameAsThePagesShowThemInBothLanguages() {
        ResourceBundleMessageSource pages = new ResourceBundleMessageSource();
        pages.setBasenames("i18n/messages", "i18n/sager");
        pages.setDefaultEncoding("UTF-8");
        pages.setFallbackToSystemLocale(false);
        Locale da = new Locale("da");
        Map<FieldProblem, List<String>> texts = Map.of(
            new FieldProblem("timerPrUge", "sager.felt.mellem", Bound.HUNDREDS.max()),
            List.of("tallet skal være mellem 0 og 999,99", "the number must be between 0 and 999.99"),
            new FieldProblem("timeloen", "sager.felt.mellem", Bound.WAGE.max()),
            List.of("tallet skal være mellem 0 og 99.999.999,99", "the number must be between 0 and 99,999,999.99"),
            new FieldProblem("fuldtidsloen", "sager.felt.mellem", Bound.AMOUNT.max()),
            List.of("tallet skal være mellem 0 og 1.000.000.000", "the number must be between 0 and 1,000,000,000"),
            ColumnLimits.decimals("timeloen", Bound.WAGE), List.of("højst 2 decimaler", "at most 2 decimals"),
            new FieldProblem("note", "sager.felt.tegn", "2000"), List.of("højst 2000 tegn", "at most 2000 characters"),
            new FieldProblem("fil", "sager.felt.fil"),
            List.of("vælg månedens indkomstfil (CSV)", "choose the month's income file (CSV)"));
        texts.forEach((problem, expected) -> {
            assertThat(problem.getMessage()).isEqualTo(expected.get(0));
            assertThat(problem.text(pages, da)).isEqualTo(expected.get(0));
            assertThat(problem.text(pages, Locale.ENGLISH)).isEqualTo(expected.get(1));
        });
    }
}
