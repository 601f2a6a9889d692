package dk.fleksjob.rules.explain;

import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.parameter.ParameterValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Records the explanation while a calculation runs. {@link #off()} gives an explainer that records nothing and
 * never formats a sentence, for bulk runs where only the amounts matter.
 */
public final class Explainer {

    private static final Explainer OFF = new Explainer(null, false);

    private final String title;
    private final boolean enabled;
    private final List<StepBuilder> steps = new ArrayList<>();

    private Explainer(String title, boolean enabled) {
        this.title = title;
        this.enabled = enabled;
    }

    public static Explainer on(String title) {
        return new Explainer(title, true);
    }

    public static Explainer off() {
        return OFF;
    }

    public static Explainer of(boolean explain, String title) {
        return explain ? on(title) : off();
    }

    public boolean enabled() {
        return enabled;
    }

    /** Adds a step; the sentence is only formatted when the explainer is on. */
    public StepBuilder step(String id, BigDecimal amount, Supplier<String> text) {
        if (!enabled) {
            return StepBuilder.NOOP;
        }
        StepBuilder b = new StepBuilder(id, amount, text.get());
        steps.add(b);
        return b;
    }

    public Explanation build() {
        if (!enabled) {
            return Explanation.NONE;
        }
        return new Explanation(title, buildAll(steps));
    }

    private static List<Step> buildAll(List<StepBuilder> builders) {
        Step[] built = new Step[builders.size()];
        for (int i = 0; i < built.length; i++) {
            built[i] = builders.get(i).build();
        }
        return List.of(built);
    }

    /** Builds one step; all methods return this so a step reads as one statement. */
    public static class StepBuilder {
        static final StepBuilder NOOP = new StepBuilder(null, null, null) {
            @Override
            public StepBuilder law(LegalReference... refs) {
                return this;
            }

            @Override
            public StepBuilder param(ParameterValue... values) {
                return this;
            }

            @Override
            public StepBuilder input(String name, Object value) {
                return this;
            }

            @Override
            public StepBuilder flag(Flag flag) {
                return this;
            }

            @Override
            public StepBuilder unit(String unit) {
                return this;
            }

            @Override
            public StepBuilder child(String id, BigDecimal amount, Supplier<String> text) {
                return this;
            }
        };

        private final String id;
        private final BigDecimal amount;
        private final String text;
        private String unit = "kr.";
        // Made on first use: most steps have no inputs, flags or sub-steps, and a national payout run builds about
        // 1.5 million steps (docs/benchmarks.md, "Store").
        private List<LegalReference> legal;
        private List<ParameterValue> params;
        private Map<String, String> inputs;
        private List<Flag> flags;
        private List<StepBuilder> children;

        StepBuilder(String id, BigDecimal amount, String text) {
            this.id = id;
            this.amount = amount;
            this.text = text == null ? null : tidy(text);
        }

        /** A sentence that ends on an amount ("… 500,00 kr.") gets no second full stop. */
        private static String tidy(String text) {
            int at = text.indexOf("kr..");
            if (at < 0) {
                return text;
            }
            // Mostly the sentence's last amount: cut the last full stop instead of rebuilding the sentence.
            return at == text.length() - 4 ? text.substring(0, text.length() - 1) : text.replace("kr..", "kr.");
        }

        public StepBuilder law(LegalReference... refs) {
            legal = add(legal, refs);
            return this;
        }

        public StepBuilder param(ParameterValue... values) {
            params = add(params, values);
            return this;
        }

        public StepBuilder input(String name, Object value) {
            if (inputs == null) {
                inputs = new LinkedHashMap<>();
            }
            inputs.put(name, String.valueOf(value));
            return this;
        }

        public StepBuilder flag(Flag flag) {
            flags = add(flags, flag);
            return this;
        }

        @SafeVarargs
        private static <T> List<T> add(List<T> list, T... values) {
            List<T> to = list == null ? new ArrayList<>(Math.max(4, values.length)) : list;
            for (T v : values) {
                to.add(Objects.requireNonNull(v));
            }
            return to;
        }

        public StepBuilder unit(String unit) {
            this.unit = unit;
            return this;
        }

        /** Adds a sub-step and returns it. */
        public StepBuilder child(String id, BigDecimal amount, Supplier<String> text) {
            StepBuilder b = new StepBuilder(id, amount, text.get());
            children = add(children, b);
            return b;
        }

        Step build() {
            // Amounts are shown to the øre; the calculation passes exact values so a run without explanation
            // does no rounding work for it.
            BigDecimal shown = amount == null || amount.scale() <= 2 ? amount : amount.setScale(2, RoundingMode.HALF_UP);
            // The inputs in the order the rule gave them: Map.copyOf would iterate in an order that changes from one
            // JVM to the next, and the same calculation should print the same explanation.
            return new Step(id, text, shown, amount == null ? null : unit, copy(legal), copy(params),
                inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs)),
                copy(flags), children == null ? List.of() : buildAll(children));
        }

        private static <T> List<T> copy(List<T> list) {
            return list == null ? List.of() : List.copyOf(list);
        }
    }
}
