package dk.fleksjob.rules.selvstaendige;

import dk.fleksjob.rules.ledighedsydelse.CaseFiles;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SelvstaendigGoldenCasesTest {

    static Stream<Arguments> cases() throws Exception {
        return CaseFiles.load("selvstaendige");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void matchesTheSource(String file, String name, Map<String, Object> input, Map<String, Object> expected)
        throws Exception {
        TilskudSelvstaendigResult r = TilskudSelvstaendig.calculate(new TilskudSelvstaendigRequest(
            CaseFiles.integer(input, "aar"), CaseFiles.amount(input, "overskud"),
            CaseFiles.amount(input, "andenIndkomst"), Boolean.TRUE.equals(input.get("aegtefaeller")),
            CaseFiles.overrides(input)));
        CaseFiles.assertAmounts(r, expected);
    }
}
