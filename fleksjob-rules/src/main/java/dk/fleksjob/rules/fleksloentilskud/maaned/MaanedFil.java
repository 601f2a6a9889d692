package dk.fleksjob.rules.fleksloentilskud.maaned;

import java.util.List;
import java.util.Set;

/**
 * The month file format (documented in {@code docs/maaned/maaned.schema.json}): one JSON object with the subsidy
 * month, the typed income lines of the month before, the lønloft and the ATP facts.
 */
public final class MaanedFil {

    static final Set<String> TOP = Set.of("$schema", "beskrivelse", "kilde", "maaned", "indtaegter", "loenloft",
        "loenperiode", "atpTimer", "parametre");
    static final Set<String> LINE = Set.of("type", "beloeb", "timer", "dage", "feriedageIAlt", "nettobeloeb",
        "skatOgAmBidrag", "periodeFra", "periodeTil", "begrundelse", "tekst");
    static final Set<String> LOFT = Set.of("fuldtidsloen", "timeloen", "tillaegPrTime");

    private MaanedFil() {
    }

    public static MaanedInput read(String text) {
        return read(JsonFil.parse(text));
    }

    public static MaanedInput read(JsonFil.Obj o) {
        o.only(TOP);
        if (!o.has("maaned")) {
            throw o.fail("maaned", "mangler måneden tilskuddet er for (ÅÅÅÅ-MM)");
        }
        List<Indtaegtslinje> lines = o.list("indtaegter").stream().map(MaanedFil::line).toList();
        JsonFil.Obj loft = o.obj("loenloft");
        LoenloftOplysning l = null;
        if (loft != null) {
            loft.only(LOFT);
            l = new LoenloftOplysning(loft.amount("fuldtidsloen"), loft.amount("timeloen"), loft.amount("tillaegPrTime"));
        }
        Loenperiode period = null;
        String p = o.text("loenperiode");
        if (p != null) {
            period = Loenperiode.parse(p);
            if (period == null) {
                throw o.fail("loenperiode", "skal være maaned, uge eller 14dage");
            }
        }
        return new MaanedInput(o.month("maaned"), lines, l, period, o.amount("atpTimer"), o.numbers("parametre"));
    }

    private static Indtaegtslinje line(JsonFil.Obj o) {
        o.only(LINE);
        String t = o.text("type");
        if (t == null) {
            throw o.fail("type", "mangler type (fx loen, sygedagpenge, bonus)");
        }
        Indtaegtstype type = Indtaegtstype.parse(t);
        if (type == null) {
            throw o.fail("type", "ukendt indtægtstype '" + t + "'; se docs/maaned/README.md");
        }
        return new Indtaegtslinje(type, o.amount("beloeb"), o.amount("timer"), o.amount("dage"),
            o.amount("feriedageIAlt"), o.amount("nettobeloeb"), o.amount("skatOgAmBidrag"), o.month("periodeFra"),
            o.month("periodeTil"), o.text("begrundelse"), o.text("tekst"));
    }
}
