package dk.fleksjob.rules.visitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class VisitationTest {

    private static final LocalDate BORN = LocalDate.of(1980, 4, 1);
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    /** A request where every § 116 / § 118 condition is stated as met, with the hours and stk. 2 inputs given. */
    static VisitationRequest eligible(LocalDate born, LocalDate day, BigDecimal hours, Boolean veryLimited,
                                      Boolean developable, Boolean workplace, Integer months, Boolean acute,
                                      Boolean pointless) {
        return new VisitationRequest(born, day, false, false, false, true, false, hours, veryLimited, developable,
            true, null, true, workplace, months, workplace == null ? null : true, acute, pointless, null, null, null,
            null, null, null, null, null, null, Map.of());
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = VisitationTest.class.getResourceAsStream("/cases/visitation/ankestyrelsen-25-14.yaml")) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return ((List<Map<String, Object>>) doc.get("cases")).stream().map(c -> Arguments.of(c.get("name"),
                new BigDecimal(c.get("effektiveTimerPrUge").toString()), c.get("udviklingKanIkkeUdelukkes"),
                Svar.valueOf((String) c.get("expected"))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ankestyrelsen25_14(String name, BigDecimal hours, Boolean developable, Svar expected) {
        VisitationResult r = Visitation.calculate(eligible(BORN, DAY, hours, true, developable, null, null, null, null));
        assertThat(r.personkreds().svar()).isEqualTo(expected);
        assertThat(r.personkreds().begrundelser()).anySatisfy(b -> assertThat(b).contains("ikke noget mindste antal timer"));
        if (expected == Svar.KAN_IKKE_AFGOERES) {
            assertThat(r.personkreds().skalAfklares()).isTrue();
        }
    }

    @Test
    void fortyMinutesIsWrittenInMinutes() {
        VisitationResult r = Visitation.calculate(eligible(BORN, DAY, new BigDecimal("0.6667"), true, true, null,
            null, null, null));
        assertThat(r.personkreds().begrundelser()).anySatisfy(b -> assertThat(b).contains("40 minutter om ugen"));
    }

    @Test
    void missingJudgementIsNeverANo() {
        VisitationRequest r = new VisitationRequest(BORN, DAY, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, Map.of());
        Vurdering v = Visitation.calculate(r).personkreds();
        assertThat(v.svar()).isEqualTo(Svar.KAN_IKKE_AFGOERES);
        assertThat(v.skalAfklares()).isTrue();
    }

    @Test
    void atFolkepensionsalderTheAnswerIsNo() {
        // born 1958-06-01: 67 on 2025-06-01
        LocalDate born = LocalDate.of(1958, 6, 1);
        assertThat(Visitation.calculate(eligible(born, LocalDate.of(2025, 5, 31), null, null, null, null, null, null,
            null)).personkreds().svar()).isEqualTo(Svar.JA);
        assertThat(Visitation.calculate(eligible(born, LocalDate.of(2025, 6, 1), null, null, null, null, null, null,
            null)).personkreds().svar()).isEqualTo(Svar.NEJ);
    }

    // LAB § 119, stk. 1: born 1980-04-01 → folkepension 70 on 2050-04-01; 6 years left on 2044-04-01.
    @Test
    void fastholdelseTwelveMonthsRuleUntilSixYearsBeforeFolkepension() {
        assertThat(Visitation.calculate(eligible(BORN, LocalDate.of(2044, 3, 31), null, null, null, true, 3, null,
            null)).fastholdelse().svar()).isEqualTo(Svar.NEJ);
        assertThat(Visitation.calculate(eligible(BORN, LocalDate.of(2044, 4, 1), null, null, null, true, 3, null,
            null)).fastholdelse().svar()).isEqualTo(Svar.JA);
    }

    @Test
    void fastholdelseElevenAndTwelveMonths() {
        assertThat(Visitation.calculate(eligible(BORN, DAY, null, null, null, true, 11, null, null)).fastholdelse()
            .svar()).isEqualTo(Svar.NEJ);
        assertThat(Visitation.calculate(eligible(BORN, DAY, null, null, null, true, 12, null, null)).fastholdelse()
            .svar()).isEqualTo(Svar.JA);
    }

    @Test
    void fastholdelseAcuteIllnessNeedsBothConditions() {
        assertThat(Visitation.calculate(eligible(BORN, DAY, null, null, null, true, 0, true, true)).fastholdelse()
            .svar()).isEqualTo(Svar.JA);
        assertThat(Visitation.calculate(eligible(BORN, DAY, null, null, null, true, 0, true, null)).fastholdelse()
            .svar()).isEqualTo(Svar.KAN_IKKE_AFGOERES);
        assertThat(Visitation.calculate(eligible(BORN, DAY, null, null, null, true, 0, true, false)).fastholdelse()
            .svar()).isEqualTo(Svar.NEJ);
    }

    @Test
    void isbryderStartWithinTwoYears() {
        VisitationRequest at = new VisitationRequest(BORN, DAY, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, true, 36, true, false, LocalDate.of(2023, 6, 30),
            LocalDate.of(2025, 6, 30), null, null, null, Map.of());
        VisitationResult r = Visitation.calculate(at);
        assertThat(r.isbryder().svar()).isEqualTo(Svar.JA);
        assertThat(r.isbryderSenesteStart()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(r.isbryderTilskudTil()).isEqualTo(LocalDate.of(2026, 6, 29));
        VisitationRequest late = new VisitationRequest(BORN, DAY, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, true, 36, true, false, LocalDate.of(2023, 6, 30),
            LocalDate.of(2025, 7, 1), null, null, null, Map.of());
        assertThat(Visitation.calculate(late).isbryder().svar()).isEqualTo(Svar.NEJ);
    }

    @Test
    void personligAssistanceIsNotProRatedButFlagged() {
        VisitationRequest r = new VisitationRequest(BORN, DAY, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, true, true,
            new BigDecimal("18.5"), Map.of());
        VisitationResult v = Visitation.calculate(r);
        assertThat(v.personligAssistance().svar()).isEqualTo(Svar.JA);
        assertThat(v.personligAssistanceTimer()).isEqualByComparingTo("20");
        // 20 × 18,5 / 37 = 10,00 shown for information only
        assertThat(v.personligAssistance().begrundelser()).anySatisfy(b -> assertThat(b).contains("10"));
        assertThat(v.personligAssistance().flag()).anySatisfy(f -> assertThat(f.type().name()).isEqualTo("UAFKLARET"));
    }
}
