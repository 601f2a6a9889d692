package dk.fleksjob.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.fleksjob.rules.explain.Explanation;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.explain.Step;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Unit;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/** Prints results: JSON, or the explanation indented as plain Danish text. */
final class Printer {

    static final ObjectMapper JSON = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final PrintWriter out;

    Printer(PrintWriter out) {
        this.out = out;
    }

    record Line(String label, BigDecimal amount) {
    }

    static Line line(String label, BigDecimal amount) {
        return new Line(label, amount);
    }

    static String month(YearMonth m) {
        return DanishDates.format(m);
    }

    void json(Object result) {
        try {
            out.println(JSON.writeValueAsString(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    void explanation(Explanation e) {
        out.println(e.titel());
        out.println();
        for (Step s : e.trin()) {
            step(s, 1);
        }
        out.println();
    }

    private void step(Step s, int depth) {
        String indent = "  ".repeat(depth);
        out.println(indent + "• " + s.tekst());
        if (!s.hjemmel().isEmpty()) {
            out.println(indent + "  Hjemmel: " + s.hjemmel().stream().map(LegalReference::tekst)
                .collect(Collectors.joining("; ")));
        }
        for (ParameterValue p : s.parametre()) {
            out.println(indent + "  Sats: " + describe(p));
        }
        for (Flag f : s.flag()) {
            out.println(indent + "  ⚑ " + (f.type() == Flag.Type.SKAL_AFKLARES ? "Skal afklares af sagsbehandler: "
                : "Uafklaret regel: ") + f.tekst() + (f.hjemmel() == null ? "" : " (" + f.hjemmel().tekst() + ")"));
        }
        for (Step child : s.trin()) {
            step(child, depth + 1);
        }
    }

    static String describe(ParameterValue p) {
        if (p.overridden()) {
            return p.navn() + " = " + Kroner.plain(p.vaerdi()) + unit(p) + " (hvad-nu-hvis: sat af dig)";
        }
        return p.navn() + " = " + Kroner.plain(p.vaerdi()) + unit(p) + ", gældende fra "
            + DanishDates.format(p.gyldigFra()) + " (" + p.proveniens().danish() + ": " + p.kilde().titel() + ")";
    }

    /** The unit in words: "kr. pr. måned", "måneder". */
    static String unit(ParameterValue p) {
        try {
            String danish = Unit.parse(p.enhed()).danish();
            return danish.isEmpty() ? "" : " " + danish;
        } catch (IllegalArgumentException e) {
            return " " + p.enhed();
        }
    }

    void summary(List<Line> lines, String version) {
        int width = lines.stream().mapToInt(l -> l.label().length()).max().orElse(0);
        out.println("Resultat");
        for (Line l : lines) {
            out.println("  " + pad(l.label(), width) + "  " + padLeft(Kroner.format(l.amount()), 16));
        }
        out.println();
        out.println("Regelversion " + version);
        out.flush();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
