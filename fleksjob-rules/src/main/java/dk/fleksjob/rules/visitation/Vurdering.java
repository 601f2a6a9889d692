package dk.fleksjob.rules.visitation;

import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.LegalReference;
import java.util.ArrayList;
import java.util.List;

/**
 * One assessment: the answer, the reasons in plain Danish, the paragraphs and the flags for a caseworker.
 *
 * @param emne         what is assessed ("Personkreds for fleksjob")
 * @param svar         ja, nej or kan ikke afgøres
 * @param begrundelser one sentence per condition, in the law's order
 * @param hjemmel      the paragraphs the answer rests on
 * @param flag         points a caseworker must settle, and unsettled rules
 * @param skalAfklares true if any condition must be settled by a caseworker
 */
public record Vurdering(String emne, Svar svar, List<String> begrundelser, List<LegalReference> hjemmel,
                        List<Flag> flag, boolean skalAfklares) {

    /** Collects conditions while an assessment runs. */
    static final class Builder {
        private final String emne;
        private final List<Svar> parts = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();
        private final List<LegalReference> legal = new ArrayList<>();
        private final List<Flag> flags = new ArrayList<>();

        Builder(String emne) {
            this.emne = emne;
        }

        /** A condition with its answer, reason and paragraph. */
        Builder condition(Svar svar, String reason, LegalReference ref) {
            parts.add(svar);
            reasons.add(reason);
            if (!legal.contains(ref)) {
                legal.add(ref);
            }
            return this;
        }

        /** A condition stated by the caseworker: true/false as given, null = must be settled. */
        Builder stated(Boolean value, boolean required, String yes, String no, String unknown, LegalReference ref) {
            if (value == null) {
                flags.add(Flag.skalAfklares(unknown, ref));
                return condition(Svar.KAN_IKKE_AFGOERES, unknown, ref);
            }
            boolean ok = value == required;
            return condition(ok ? Svar.JA : Svar.NEJ, ok ? yes : no, ref);
        }

        Builder flag(Flag f) {
            flags.add(f);
            return this;
        }

        Vurdering build() {
            boolean open = flags.stream().anyMatch(f -> f.type() == Flag.Type.SKAL_AFKLARES);
            return new Vurdering(emne, Svar.all(parts), List.copyOf(reasons), List.copyOf(legal), List.copyOf(flags),
                open);
        }
    }
}
