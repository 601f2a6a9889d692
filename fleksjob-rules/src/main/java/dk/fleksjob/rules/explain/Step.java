package dk.fleksjob.rules.explain;

import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.parameter.ParameterValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One step of an explanation: a Danish sentence with the numbers filled in, the amount it arrives at, the legal
 * basis, the parameters and inputs it used, flags for a caseworker, and sub-steps.
 *
 * @param id        stable key of the step (e.g. "fradrag30"), the same as the result field where there is one
 * @param tekst     the sentence
 * @param beloeb    the amount, or null for a step that states a fact
 * @param enhed     the unit of the amount ("kr." unless stated)
 * @param hjemmel   the legal basis
 * @param parametre parameters used, each with its value, dates, provenance and source
 * @param input     inputs used, as name → value as given
 * @param flag      points for a caseworker or unsettled rules
 * @param trin      sub-steps
 */
public record Step(String id, String tekst, BigDecimal beloeb, String enhed, List<LegalReference> hjemmel,
                   List<ParameterValue> parametre, Map<String, String> input, List<Flag> flag, List<Step> trin) {
}
