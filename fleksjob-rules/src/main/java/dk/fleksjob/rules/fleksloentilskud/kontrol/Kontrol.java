package dk.fleksjob.rules.fleksloentilskud.kontrol;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.fleksloentilskud.maaned.Hjemler;
import dk.fleksjob.rules.fleksloentilskud.maaned.Indtaegtstype;
import dk.fleksjob.rules.fleksloentilskud.maaned.LinjeResultat;
import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedInput;
import dk.fleksjob.rules.fleksloentilskud.maaned.MaanedResultat;
import dk.fleksjob.rules.fleksloentilskud.maaned.Maanedsberegning;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tjek din afregning — compares the amounts a kommune's letter states for a month with what the rules give for the
 * same income, line by line, and says which paragraph each difference turns on and, where the numbers show it, which
 * income line explains it. This is what a citizen or an advisor needs before a complaint (klage) to Ankestyrelsen.
 *
 * <p>Differences up to {@link #TOLERANCE} are treated as rounding: kommuner round deductions and the subsidy to whole
 * kroner (BEK § 2; ATP-BEK §§ 2–3) at different steps.
 */
public final class Kontrol {

    public static final BigDecimal TOLERANCE = new BigDecimal("1.00");

    private Kontrol() {
    }

    public static KontrolResultat check(MaanedInput month, Afregning statement) {
        if (statement.maaned() != null && month.maaned() != null && !statement.maaned().equals(month.maaned())) {
            throw new InvalidInputException("maaned", "afregningen gælder " + DanishDates.format(statement.maaned())
                + ", men månedsfilen gælder " + DanishDates.format(month.maaned()));
        }
        MaanedResultat r = Maanedsberegning.calculate(month);
        List<Kontrollinje> out = new ArrayList<>();
        out.add(line("samletLoenindtaegt", "Lønindtægt, der er fradraget for", statement.samletLoenindtaegt(),
            r.samletLoenindtaegt(), refs(Hjemler.bek("1", 1, 1), Hjemler.bek("1", 1, 2), Hjemler.bek("1", 1, 3),
                Hjemler.bek("3", 4), Hjemler.ankestyrelsen("39-19"), Hjemler.ankestyrelsen("27-23"),
                Hjemler.ankestyrelsen("14-22")),
            d -> incomeHint(d, r) + " De følgende linjer afhænger af denne."));
        out.add(line("fradrag30", "Fradrag 30 pct.", statement.fradrag30(), r.fradrag30(),
            refs(Hjemler.lab123(r.maaned(), 2), Hjemler.bek("3", 2)),
            d -> "30 pct. af lønindtægten op til knækket på " + Kroner.format(r.knaek()) + " (knækket for "
                + DanishDates.format(r.loenmaaned()) + "). En forskel her følger normalt af en anden lønindtægt "
                + "eller et andet knæk."));
        out.add(line("fradrag55", "Fradrag 55 pct.", statement.fradrag55(), r.fradrag55(),
            refs(Hjemler.lab123(r.maaned(), 2), Hjemler.bek("3", 2)),
            d -> "55 pct. af lønindtægten over knækket på " + Kroner.format(r.knaek()) + "."));
        out.add(line("fuldtFradrag", "Fuldt fradrag for syge- og barselsdagpenge", statement.fuldtFradrag(),
            r.fuldtFradrag(), refs(Hjemler.bek("7", 1), Hjemler.bek("7", 2), Hjemler.bek("9", 1)),
            d -> "Syge- og barselsdagpenge og ressourceforløbsydelse trækkes fra krone for krone, så dagpenge og "
                + "tilskud tilsammen svarer til 98 pct. af dagpengenes højeste beløb; de regnes ikke som lønindtægt."));
        BigDecimal allDeductions = r.fradrag30().add(r.fradrag55()).add(r.fuldtFradrag());
        out.add(line("samletFradrag", "Fradrag for indtægter i alt", statement.samletFradrag(), allDeductions,
            refs(Hjemler.bek("3", 2), Hjemler.bek("7", 2), Hjemler.bek("9", 2)),
            d -> "Summen af fradragene ovenfor."));
        out.add(line("loenloft", "Lønloft", statement.loenloft(), r.loenloft(),
            refs(Hjemler.lab123(r.maaned(), 3), Hjemler.bek("12", 1), Hjemler.bek("12", 4), Hjemler.bek("13", 2),
                Hjemler.ankestyrelsen("51-16"), Hjemler.ankestyrelsen("39-19")),
            d -> ceilingHint(d, r)));
        out.add(line("loenloftFradrag", "Nedsættelse for lønloft", statement.loenloftFradrag(), r.loenloftFradrag(),
            refs(Hjemler.lab123(r.maaned(), 3), Hjemler.bek("3", 3)),
            d -> "Tilskuddet nedsættes kun med det beløb, som tilskud og " + (r.loenmaaned().isBefore(
                Maanedsberegning.REFORM_2024) ? "løn fra arbejdsgiveren" : "lønindtægt og dagpenge")
                + " tilsammen overstiger lønloftet (" + Kroner.format(r.loenloftIndtaegt()) + " + tilskud før loft "
                + Kroner.format(r.tilskudFoerLoenloft()) + ")."));
        out.add(line("fleksloentilskud", "Fleksløntilskud", statement.fleksloentilskud(), r.fleksloentilskud(),
            refs(Hjemler.lab123(r.maaned(), 1), Hjemler.bek("2", 1), Hjemler.bek("3", 3)),
            d -> "Maksimum " + Kroner.format(r.maksimaltTilskud()) + " minus fradragene og lønloftet, afrundet til hele "
                + "kroner. " + (d.signum() < 0 ? "Kommunen har beregnet " + Kroner.format(d.negate())
                + " mindre end reglerne giver." : "Kommunen har beregnet " + Kroner.format(d) + " mere end reglerne "
                + "giver.")));
        out.add(line("atpBidrag", "Dit ATP-bidrag", statement.atpBidrag(), r.atpBidrag(),
            refs(Hjemler.lab137(r.maaned()), Hjemler.atp("2", 2)),
            d -> "5 pct. af tilskuddet efter fradrag, højst 500 kr., afrundet til hele kroner."));
        out.add(line("udbetaltTilskud", "Udbetalt tilskud", statement.udbetaltTilskud(), r.udbetaltTilskud(),
            refs(Hjemler.atp("2", 3)), d -> "Tilskuddet minus dit ATP-bidrag."));
        out.add(line("atpTilskudstimer", "Statens ATP-bidrag for tilskudstimer", statement.atpTilskudstimer(),
            r.atpTilskudstimer(), refs(Hjemler.lab138(r.maaned()), Hjemler.atp("1", 3), Hjemler.atp("3", 2)),
            d -> "2/3-bidrag for 37 timer om ugen minus løntimerne, eller det fulde bidrag under 9 timer om ugen / "
                + "39 timer om måneden. Det trækkes ikke i tilskuddet, men tæller i din ATP-pension."));

        int deviations = (int) out.stream().filter(l -> l.status() == Kontrollinje.Status.AFVIGER).count();
        BigDecimal paidDiff = statement.udbetaltTilskud() == null ? null
            : statement.udbetaltTilskud().subtract(r.udbetaltTilskud());
        return new KontrolResultat(r.maaned(), deviations, List.copyOf(out), paidDiff,
            conclusion(out, deviations, paidDiff, r), TOLERANCE, r);
    }

    private interface Hint {
        String text(BigDecimal difference);
    }

    private static Kontrollinje line(String field, String name, BigDecimal stated, BigDecimal rules,
                                     List<String> law, Hint hint) {
        if (stated == null) {
            return new Kontrollinje(field, name, Kontrollinje.Status.IKKE_OPLYST, null, rules, null, law,
                "Ikke oplyst i afregningen.");
        }
        if (rules == null) {
            return new Kontrollinje(field, name, Kontrollinje.Status.IKKE_OPLYST, stated, null, null, law,
                "Reglerne kan ikke beregne beløbet ud fra månedsfilen (se forklaringen).");
        }
        BigDecimal diff = Kroner.toOere(stated.subtract(rules));
        if (diff.abs().compareTo(TOLERANCE) <= 0) {
            return new Kontrollinje(field, name, Kontrollinje.Status.OK, stated, rules, diff, law,
                diff.signum() == 0 ? "Stemmer." : "Stemmer (forskellen " + Kroner.format(diff) + " er afrunding).");
        }
        return new Kontrollinje(field, name, Kontrollinje.Status.AFVIGER, stated, rules, diff, law,
            "Forskel " + Kroner.format(diff) + " (kommunen minus reglerne). " + hint.text(diff));
    }

    /** A way the kommune may have treated a line differently, and what it would do to the income. */
    private record Candidate(BigDecimal delta, String text) {
    }

    /**
     * Which income line(s) a difference in lønindtægt matches: a single line treated differently, or up to three
     * together (e.g. a bonus not spread plus a gift counted as wage).
     */
    static String incomeHint(BigDecimal diff, MaanedResultat r) {
        List<Candidate> c = new ArrayList<>();
        for (LinjeResultat l : r.linjer()) {
            String name = "linje " + l.nr() + " (" + l.type().betegnelse() + ")";
            if (l.ikkeFradrag().signum() > 0) {
                c.add(new Candidate(l.ikkeFradrag(), name + " er regnet som lønindtægt, men giver efter reglerne ikke "
                    + "fradrag (" + l.hjemmel() + ")"));
            }
            if (l.fuldtFradrag().signum() > 0) {
                c.add(new Candidate(l.fuldtFradrag(), name + " er regnet som lønindtægt, men dagpenge skal trækkes "
                    + "fuldt fra for sig (" + l.hjemmel() + ")"));
            }
            if (l.type() == Indtaegtstype.BONUS && l.beloeb().compareTo(l.medregnet()) != 0) {
                c.add(new Candidate(l.beloeb().subtract(l.medregnet()), "hele " + name + " er regnet med i én måned i "
                    + "stedet for at blive fordelt over de måneder, den dækker (BEK § 3, stk. 4; Ankestyrelsen 27-23)"));
            }
            if (l.type() == Indtaegtstype.FERIEGODTGOERELSE_FERIEKONTO && l.beloeb().compareTo(l.medregnet()) != 0) {
                c.add(new Candidate(l.beloeb().subtract(l.medregnet()), "hele feriegodtgørelsen på " + name + " er "
                    + "regnet med i stedet for andelen for de feriedage, der er holdt (BEK § 6, stk. 4)"));
            }
            if (l.type() == Indtaegtstype.FERIEGODTGOERELSE_OPTJENT) {
                c.add(new Candidate(l.beloeb(), name + " er ikke trukket ud af lønnen, da den blev optjent "
                    + "(BEK § 6, stk. 2)"));
            }
            if (l.medregnet().signum() > 0) {
                c.add(new Candidate(l.medregnet().negate(), name + " er ikke regnet med som lønindtægt ("
                    + l.hjemmel() + ")"));
            }
        }
        List<String> found = new ArrayList<>();
        for (int size = 1; size <= 3 && found.isEmpty(); size++) {
            combinations(c, size, 0, new ArrayList<>(), diff, found);
        }
        if (found.isEmpty()) {
            return "Forskellen svarer ikke til en eller få indtægtslinjer; bed kommunen om en opgørelse af, hvilke "
                + "indtægter der er medregnet.";
        }
        return "Forskellen svarer til, at " + found.get(0) + "." + (found.size() > 1
            ? " (Andre forklaringer med samme beløb: " + String.join("; ", found.subList(1, found.size())) + ".)" : "");
    }

    private static void combinations(List<Candidate> c, int size, int from, List<Candidate> chosen, BigDecimal diff,
                                     List<String> found) {
        if (chosen.size() == size) {
            BigDecimal sum = chosen.stream().map(Candidate::delta).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (near(diff, sum)) {
                found.add(String.join(", og ", chosen.stream().map(Candidate::text).toList()));
            }
            return;
        }
        for (int i = from; i < c.size() && found.size() < 3; i++) {
            chosen.add(c.get(i));
            combinations(c, size, i + 1, chosen, diff, found);
            chosen.remove(chosen.size() - 1);
        }
    }

    private static String ceilingHint(BigDecimal diff, MaanedResultat r) {
        BigDecimal oneOffs = r.linjer().stream()
            .filter(l -> l.type() == Indtaegtstype.FERIETILLAEG || l.type() == Indtaegtstype.FRITVALG
                || l.type() == Indtaegtstype.BONUS)
            .map(LinjeResultat::medregnet).reduce(BigDecimal.ZERO, BigDecimal::add);
        String base = "Lønloftet er lønnen for fuld tid i stillingen inkl. pension og tillæg, som arbejdsgiveren "
            + "oplyser den. ";
        if (oneOffs.signum() > 0 && near(diff, oneOffs.negate())) {
            return base + "Forskellen svarer til de engangsbeløb (ferietillæg, fritvalg, bonus), der er udbetalt i "
                + "måneden: lønloftet skal hæves med dem i udbetalingsmåneden (Ankestyrelsen 51-16 og 14-22; BEK § 12, "
                + "stk. 4).";
        }
        return base + "Personalegoder indgår ikke (Ankestyrelsen 39-19). Spørg arbejdsgiveren, hvilke løndele der "
            + "er med (BEK § 12, stk. 2).";
    }

    private static String conclusion(List<Kontrollinje> lines, int deviations, BigDecimal paidDiff, MaanedResultat r) {
        long open = r.forklaring().allFlags().stream().filter(f -> f.type() == Flag.Type.SKAL_AFKLARES).count();
        String flags = open == 0 ? "" : " Beregningen har " + open + " punkt(er), som kommunen skal afklare; de står i "
            + "forklaringen.";
        if (deviations == 0) {
            return "Afregningen for " + DanishDates.format(r.maaned()) + " stemmer med reglerne for de oplyste "
                + "indtægter (forskelle op til " + Kroner.format(TOLERANCE) + " regnes som afrunding)." + flags;
        }
        Kontrollinje first = lines.stream().filter(l -> l.status() == Kontrollinje.Status.AFVIGER).findFirst()
            .orElseThrow();
        String money = paidDiff == null || paidDiff.abs().compareTo(TOLERANCE) <= 0 ? ""
            : paidDiff.signum() < 0 ? " Efter reglerne skulle der være udbetalt " + Kroner.format(paidDiff.negate())
                + " mere."
            : " Efter reglerne skulle der være udbetalt " + Kroner.format(paidDiff) + " mindre.";
        return deviations + " linje(r) afviger." + money + " Den første afvigelse i beregningens rækkefølge er »"
            + first.betegnelse() + "« (" + String.join("; ", first.hjemmel().subList(0, Math.min(3,
            first.hjemmel().size()))) + "); de efterfølgende afvigelser kan "
            + "være en følge af den." + flags;
    }

    private static boolean near(BigDecimal diff, BigDecimal candidate) {
        return candidate.signum() != 0 && diff.subtract(candidate).abs().compareTo(TOLERANCE) <= 0;
    }

    private static List<String> refs(LegalReference... refs) {
        return Stream.of(refs).map(LegalReference::tekst).toList();
    }
}
