package dk.fleksjob.rules.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * The explanation tree of one calculation: its title and its steps in the order the calculation took them.
 * Built by the calculation as it runs (see {@link Explainer}), never reconstructed afterwards.
 *
 * @param titel  what was calculated, in Danish
 * @param trin   the steps
 */
public record Explanation(String titel, List<Step> trin) {

    public static final Explanation NONE = new Explanation("", List.of());

    /** All flags anywhere in the tree. */
    public List<Flag> allFlags() {
        List<Flag> out = new ArrayList<>();
        collect(trin, out);
        return out;
    }

    private static void collect(List<Step> steps, List<Flag> out) {
        for (Step s : steps) {
            out.addAll(s.flag());
            collect(s.trin(), out);
        }
    }

    /** The step with the id, searched depth first; null if absent. */
    public Step find(String id) {
        return find(trin, id);
    }

    private static Step find(List<Step> steps, String id) {
        for (Step s : steps) {
            if (s.id().equals(id)) {
                return s;
            }
            Step inner = find(s.trin(), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
