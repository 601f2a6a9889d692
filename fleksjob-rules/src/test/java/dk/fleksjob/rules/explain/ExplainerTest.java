package dk.fleksjob.rules.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainerTest {

    /**
     * A step's inputs keep the order the rule gives them (Frister: "startdato", then "foersteFleksjob"), so the same
     * calculation prints the same JSON in every JVM: an immutable copy by Map.copyOf iterates in an order that
     * changes from one JVM to the next.
     */
    @Test
    void aStepsInputsKeepTheOrderTheRuleGaveThem() {
        Explainer ex = Explainer.on("titel");
        Explainer.StepBuilder step = ex.step("trin", BigDecimal.ONE, () -> "Et trin.");
        List<String> names = new ArrayList<>();
        for (char c = 'a'; c <= 'p'; c++) {
            names.add("input" + c);
            step.input("input" + c, c);
        }

        Step built = ex.build().trin().get(0);

        assertThat(built.input().keySet()).containsExactlyElementsOf(names);
        assertThat(built.input().get("inputc")).isEqualTo("c");
    }

    @Test
    void aStepsSentenceThatEndsOnAnAmountGetsNoSecondFullStop() {
        Explainer ex = Explainer.on("titel");
        ex.step("trin", BigDecimal.TEN, () -> "Fradrag: 10,00 kr..");

        assertThat(ex.build().trin().get(0).tekst()).isEqualTo("Fradrag: 10,00 kr.");
    }

    @Test
    void anAmountInTheMiddleOfASentenceGetsNoSecondFullStopEither() {
        Explainer ex = Explainer.on("titel");
        ex.step("trin", BigDecimal.TEN, () -> "ATP: 10,00 kr.. Udbetalt 90,00 kr..");
        ex.step("uden", BigDecimal.ONE, () -> "Ingen beløb.");

        assertThat(ex.build().trin()).extracting(Step::tekst)
            .containsExactly("ATP: 10,00 kr. Udbetalt 90,00 kr.", "Ingen beløb.");
    }

    @Test
    void aStepWithoutLawParametersInputsFlagsOrSubStepsHasEmptyListsAndNoneAreShared() {
        Explainer ex = Explainer.on("titel");
        ex.step("tom", BigDecimal.ONE, () -> "Tom.");
        Explainer.StepBuilder full = ex.step("fuld", BigDecimal.ONE, () -> "Fuld.")
            .flag(Flag.skalAfklares("Skal afklares.", null));
        full.child("barn", BigDecimal.ONE, () -> "Barn.");

        List<Step> steps = ex.build().trin();

        assertThat(steps.get(0).hjemmel()).isEmpty();
        assertThat(steps.get(0).parametre()).isEmpty();
        assertThat(steps.get(0).input()).isEmpty();
        assertThat(steps.get(0).flag()).isEmpty();
        assertThat(steps.get(0).trin()).isEmpty();
        assertThat(steps.get(1).flag()).hasSize(1);
        assertThat(steps.get(1).trin()).extracting(Step::tekst).containsExactly("Barn.");
    }
}
