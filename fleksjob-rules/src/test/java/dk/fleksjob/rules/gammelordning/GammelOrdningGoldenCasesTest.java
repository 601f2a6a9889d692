package dk.fleksjob.rules.gammelordning;

import dk.fleksjob.rules.ledighedsydelse.CaseFiles;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GammelOrdningGoldenCasesTest {

    static Stream<Arguments> cases() throws Exception {
        return CaseFiles.load("gammelordning");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void matchesTheSource(String file, String name, Map<String, Object> input, Map<String, Object> expected)
        throws Exception {
        GammelOrdningResult r = GammelOrdning.calculate(new GammelOrdningRequest(CaseFiles.integer(input, "aar"),
            Broek.parse(input.get("brok").toString()), CaseFiles.amount(input, "loen"),
            CaseFiles.amount(input, "timeloen"), CaseFiles.amount(input, "timer"), CaseFiles.amount(input, "refusion"),
            CaseFiles.overrides(input)));
        CaseFiles.assertAmounts(r, expected);
    }
}
