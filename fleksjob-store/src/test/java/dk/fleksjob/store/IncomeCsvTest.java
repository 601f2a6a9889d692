package dk.fleksjob.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The income file's checks: every fault with line, field and reason; a faulty file yields no lines at all. */
class IncomeCsvTest {

    static final YearMonth MAY = YearMonth.of(2024, 5);
    static final String HEADER = "cpr;cvr;indkomstmaaned;loen;pension_ansat;pension_arbejdsgiver;timer\n";
    static final Map<String, Long> PERSONS = Map.of("0101900123", 1L, "0202850456", 2L);

    static IncomeCsv.Result parse(String body) {
        return IncomeCsv.parse((HEADER + body).getBytes(StandardCharsets.UTF_8), MAY, PERSONS);
    }

    @Test
    void aGoodFileGivesItsLines() {
        IncomeCsv.Result r = parse("0101900123;12345678;2024-04;14000,00;400;1200.00;78\n"
            + "020285-0456;12345678;2024-04;9000;;;\n");
        assertThat(r.accepted()).isTrue();
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0).loen()).isEqualByComparingTo("14000");
        assertThat(r.lines().get(0).pensionArbejdsgiver()).isEqualByComparingTo("1200");
        assertThat(r.lines().get(1).personId()).isEqualTo(2L);
        assertThat(r.lines().get(1).pensionAnsat()).isZero();
    }

    @Test
    void badCprIsRejectedWithLineAndFieldButNotTheNumber() {
        IncomeCsv.Result r = parse("0101900123;12345678;2024-04;14000;0;0;0\n3002900123;12345678;2024-04;1;0;0;0\n");
        assertThat(r.accepted()).isFalse();
        assertThat(r.lines()).isEmpty();
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.field()).isEqualTo("cpr");
            assertThat(x.reason()).contains("gyldig dato").doesNotContain("3002900123");
        });
    }

    @Test
    void unknownPersonIsRejected() {
        IncomeCsv.Result r = parse("0303900789;12345678;2024-04;14000;0;0;0\n");
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.reason()).startsWith("ukendt person").doesNotContain("0303900789");
        });
    }

    @Test
    void negativeAmountsAreRejectedPerField() {
        IncomeCsv.Result r = parse("0101900123;12345678;2024-04;-100;0;-1;0\n");
        assertThat(r.rejections()).extracting(IncomeCsv.Rejection::field).containsExactly("loen", "pension_arbejdsgiver");
        assertThat(r.rejections()).allSatisfy(x -> assertThat(x.reason()).contains("negativt"));
    }

    @Test
    void hoursAndAmountsAreRefusedBeyondWhatTheTableHolds() {
        // timer is numeric(7,2): 99999,99 is the most; amounts are numeric(12,2).
        assertThat(parse("0101900123;12345678;2024-04;9999999999,99;0;0;99999,99\n").lines()).singleElement()
            .satisfies(l -> assertThat(l.timer()).isEqualTo(new java.math.BigDecimal("99999.99")));
        IncomeCsv.Result r = parse("0101900123;12345678;2024-04;10000000000;0;0;100000\n");
        assertThat(r.rejections()).extracting(IncomeCsv.Rejection::field, IncomeCsv.Rejection::reason).containsExactly(
            org.assertj.core.groups.Tuple.tuple("loen", "beløbet er for stort"),
            org.assertj.core.groups.Tuple.tuple("timer", "for mange timer (højst 99999,99)"));
    }

    @Test
    void duplicateRowsAreRejectedNamingTheFirst() {
        IncomeCsv.Result r = parse("0101900123;12345678;2024-04;100;0;0;0\n0101900123;12345678;2024-04;200;0;0;0\n");
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.reason()).contains("dublet").contains("linje 2");
        });
    }

    @Test
    void wrongEncodingIsRejectedAtTheLine() {
        byte[] latin1 = (HEADER + "0101900123;12345678;2024-04;100;0;0;0\n0202850456;12345678;2024-04;100;0;0;0 Søren\n")
            .getBytes(StandardCharsets.ISO_8859_1);
        IncomeCsv.Result r = IncomeCsv.parse(latin1, MAY, PERSONS);
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.reason()).contains("UTF-8");
        });
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "0101900123;12345678;2024-04;100;0;0;0\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);
        assertThat(IncomeCsv.parse(file, MAY, PERSONS).accepted()).isTrue();
    }

    @Test
    void incomeMonthMustLieBeforeThePayoutMonth() {
        IncomeCsv.Result r = parse("0101900123;12345678;2024-05;100;0;0;0\n0202850456;12345678;2024-4;100;0;0;0\n");
        assertThat(r.rejections()).extracting(IncomeCsv.Rejection::field)
            .containsExactly("indkomstmaaned", "indkomstmaaned");
    }

    @Test
    void wrongHeaderFieldCountCvrAndNumbersAreEachReported() {
        IncomeCsv.Result r = IncomeCsv.parse(("cpr,cvr\n0101900123;1234;2024-04;1.000,00;0;0;0\n0101900123;12345678\n")
            .getBytes(StandardCharsets.UTF_8), MAY, PERSONS);
        assertThat(r.rejections()).extracting(IncomeCsv.Rejection::toString).containsExactly(
            "linje 1, overskrift: første linje skal være cpr;cvr;indkomstmaaned;loen;pension_ansat;pension_arbejdsgiver;timer",
            "linje 2, cvr: CVR-nummeret skal være 8 cifre",
            "linje 2, loen: er ikke et tal (brug decimalkomma eller -punktum, intet tusindtalsskilletegn)",
            "linje 3, linje: linjen skal have 7 felter adskilt af ';' (har 2)");
    }

    @Test
    void aNationalFileCheckedInPartsGivesTheLinesAndFaultsOfOneCheckInLineOrder() {
        // About 2 MB: checked in parts on all cores. A duplicate whose first is in another part, a bad CPR at the
        // end, a Windows line end and no line end after the last line.
        Map<String, Long> persons = new java.util.HashMap<>();
        StringBuilder body = new StringBuilder();
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            persons.put(SyntheticMonth.cpr(i), (long) i);
            body.append(SyntheticMonth.cpr(i)).append(";12345678;2024-04;").append(10_000 + i).append(",50;0;0;37")
                .append(i == 7 ? "\r\n" : "\n");
        }
        body.append(SyntheticMonth.cpr(3)).append(";12345678;2024-04;1;0;0;1\n");
        body.append("3002900123;12345678;2024-04;1;0;0;1");
        byte[] file = (HEADER + body).getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(1 << 20);

        IncomeCsv.Result r = IncomeCsv.parse(file, MAY, persons);
        assertThat(r.rejections()).extracting(IncomeCsv.Rejection::line, IncomeCsv.Rejection::field)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(n + 2, "cpr"), org.assertj.core.groups.Tuple.tuple(n + 3, "cpr"));
        assertThat(r.rejections().get(0).reason()).contains("dublet").contains("linje 5");

        // Without the two faulty lines the file is accepted: every line, numbered as in the file, in order.
        byte[] good = (HEADER + body.substring(0, body.lastIndexOf(SyntheticMonth.cpr(3) + ";12345678;2024-04;1;")))
            .getBytes(StandardCharsets.UTF_8);
        IncomeCsv.Result ok = IncomeCsv.parse(good, MAY, persons);
        assertThat(ok.accepted()).isTrue();
        assertThat(ok.lines()).hasSize(n);
        for (int i = 0; i < n; i++) {
            IncomeCsv.Line line = ok.lines().get(i);
            assertThat(line.line()).isEqualTo(i + 2);
            assertThat(line.personId()).isEqualTo(i);
            assertThat(line.loen()).isEqualByComparingTo(new java.math.BigDecimal(10_000 + i + ".50"));
        }
    }
}
