package dk.fleksjob.rules.ledighedsydelse;

import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LedighedsydelseGoldenCasesTest {

    static Stream<Arguments> cases() throws Exception {
        return CaseFiles.load("ledighedsydelse");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void matchesTheSource(String file, String name, Map<String, Object> input, Map<String, Object> expected)
        throws Exception {
        LedighedsydelseResult r = Ledighedsydelse.calculate(new LedighedsydelseRequest(
            YearMonth.parse(input.get("maaned").toString()), Kategori.parse(input.get("kategori").toString()),
            CaseFiles.amount(input, "loen"), CaseFiles.integer(input, "fleksjobMaaneder"),
            CaseFiles.integer(input, "maanederEfterFleksydelsesalder"), CaseFiles.overrides(input)));
        CaseFiles.assertAmounts(r, expected);
    }
}
