package dk.fleksjob.rules.fleksloentilskud.maaned;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lønindtægt og andre indtægter — sorts a month's income lines into what reduces the subsidy by 30 / 55 pct.
 * (lønindtægt, BEK § 1, stk. 1, nr. 1–3, § 3, stk. 2, 4–6, § 11), what is deducted in full (§§ 7 and 9), what only
 * counts in days (§ 10), and what gives no deduction, explaining each line with its paragraph.
 */
final class Lines {

    BigDecimal loenindtaegt = BigDecimal.ZERO;
    BigDecimal arbejdsgiverLoen = BigDecimal.ZERO;
    BigDecimal fuldtFradrag = BigDecimal.ZERO;
    BigDecimal ikkeFradrag = BigDecimal.ZERO;
    BigDecimal loftTillaeg = BigDecimal.ZERO;
    BigDecimal feriekonto = BigDecimal.ZERO;
    BigDecimal wageLike = BigDecimal.ZERO;
    /** Sum of the days on dagpenge lines; null when a dagpenge line lacks its days. */
    BigDecimal dagpengeDage = BigDecimal.ZERO;
    BigDecimal loentimer = BigDecimal.ZERO;
    boolean loentimerKendt = true;
    boolean sygdom;
    BigDecimal lyDage;
    BigDecimal lyBeloeb;
    int firstLyLine;
    final List<LinjeResultat> results = new ArrayList<>();
    final List<Bonusfordeling.Andel> otherMonths = new ArrayList<>();

    private Lines() {
    }

    boolean supportsSubsidy() {
        return arbejdsgiverLoen.signum() > 0 || fuldtFradrag.signum() > 0 || feriekonto.signum() > 0
            || wageLike.signum() > 0;
    }

    static Lines classify(List<Indtaegtslinje> input, YearMonth wageMonth, boolean reform, Explainer ex) {
        Lines l = new Lines();
        int nr = 0;
        for (Indtaegtslinje line : input) {
            nr++;
            l.line(nr, line, wageMonth, reform, ex);
        }
        if (l.loenindtaegt.signum() < 0) {
            throw new InvalidInputException("indtaegter", "feriegodtgørelse indbetalt til Feriekonto er større end "
                + "lønnen, den skal trækkes ud af");
        }
        String month = DanishDates.format(wageMonth);
        BigDecimal total = Kroner.toOere(l.loenindtaegt);
        ex.step("samletLoenindtaegt", total, () -> "Lønindtægt i " + month + ", der nedsætter tilskuddet med 30/55 "
                + "pct.: " + Kroner.format(total) + " (summen af linjerne ovenfor, der regnes som lønindtægt).")
            .law(Hjemler.bek("1", 1, 1), Hjemler.bek("3", 2), Hjemler.bek("3", 5));
        return l;
    }

    private void line(int nr, Indtaegtslinje line, YearMonth wageMonth, boolean reform, Explainer ex) {
        String f = "indtaegter[" + nr + "]";
        Indtaegtstype type = line.type();
        if (type == null) {
            throw new InvalidInputException(f + ".type", "mangler type (fx loen, sygedagpenge, bonus)");
        }
        String label = "Linje " + nr + " (" + type.betegnelse() + (line.tekst() == null ? "" : ", " + line.tekst())
            + ")";
        switch (type) {
            case LOEN, ANDEN_LOEN, PENSION_ARBEJDSGIVER, PENSION_EGEN, FERIETILLAEG, FRITVALG,
                 FERIEGODTGOERELSE_ARBEJDSGIVER, SELVSTAENDIG_OVERSKUD -> wage(nr, line, f, label, ex);
            case BONUS -> bonus(nr, line, f, label, wageMonth, ex);
            case FERIEGODTGOERELSE_FERIEKONTO -> feriekonto(nr, line, f, label, ex);
            case FERIEGODTGOERELSE_OPTJENT -> {
                BigDecimal amt = amount(line, f);
                loenindtaegt = loenindtaegt.subtract(amt);
                arbejdsgiverLoen = arbejdsgiverLoen.subtract(amt);
                record(nr, type, amt, amt.negate(), BigDecimal.ZERO, BigDecimal.ZERO,
                    "trækkes ud af lønnen; indgår først, når ferien holdes", Hjemler.bek("6", 2));
                ex.step("linje" + nr, Kroner.toOere(amt.negate()), () -> label + ": " + Kroner.format(amt)
                        + " er indbetalt til Feriekonto og indgår i lønnen i eIndkomst. Beløbet trækkes ud af "
                        + "lønindtægten nu og indgår i stedet, når ferien holdes.")
                    .law(Hjemler.bek("6", 2));
            }
            case SYGEDAGPENGE, BARSELSDAGPENGE, RESSOURCEFORLOEBSYDELSE -> dagpenge(nr, line, f, label, wageMonth, ex);
            case TABT_ARBEJDSFORTJENESTE, PLEJEVEDERLAG -> wageLike(nr, line, f, label, reform, ex);
            case LEDIGHEDSYDELSE_FERIE -> {
                if (line.beloeb() != null) {
                    lyBeloeb = (lyBeloeb == null ? BigDecimal.ZERO : lyBeloeb).add(amount(line, f));
                }
                if (line.dage() != null) {
                    lyDage = (lyDage == null ? BigDecimal.ZERO : lyDage).add(days(line.dage(), f + ".dage"));
                }
                if (firstLyLine == 0) {
                    firstLyLine = nr;
                }
                BigDecimal amt = line.beloeb() == null ? BigDecimal.ZERO : line.beloeb();
                record(nr, type, amt, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    "nedsætter tilskuddet for feriedagene", Hjemler.bek("10", 2));
                ex.step("linje" + nr, null, () -> label + ": ferie med ledighedsydelse"
                        + (line.dage() == null ? "" : " i " + Kroner.plain(line.dage()) + " dage")
                        + ". Der udbetales ikke fleksløntilskud for de dage; se nedsættelsen nedenfor.")
                    .law(Hjemler.bek("10", 1), Hjemler.bek("10", 2));
            }
            default -> notDeducted(nr, line, f, label, ex);
        }
    }

    private void wage(int nr, Indtaegtslinje line, String f, String label, Explainer ex) {
        Indtaegtstype type = line.type();
        BigDecimal amt = amount(line, f);
        loenindtaegt = loenindtaegt.add(amt);
        if (type.fraFleksjobArbejdsgiveren()) {
            arbejdsgiverLoen = arbejdsgiverLoen.add(amt);
        }
        if (type == Indtaegtstype.LOEN) {
            if (line.timer() == null) {
                loentimerKendt = false;
            } else {
                if (line.timer().signum() < 0) {
                    throw new InvalidInputException(f + ".timer", "timer kan ikke være negative");
                }
                loentimer = loentimer.add(line.timer());
            }
        }
        if (type == Indtaegtstype.FERIETILLAEG || type == Indtaegtstype.FRITVALG) {
            loftTillaeg = loftTillaeg.add(amt);
        }
        LegalReference[] law = switch (type) {
            case LOEN -> new LegalReference[] {Hjemler.bek("1", 1, 1), Hjemler.bek("3", 2)};
            case ANDEN_LOEN -> new LegalReference[] {Hjemler.bek("1", 1, 1), Hjemler.bek("3", 5)};
            case PENSION_ARBEJDSGIVER, PENSION_EGEN -> new LegalReference[] {Hjemler.bek("1", 1, 2), Hjemler.bek("3", 2)};
            case FERIETILLAEG -> new LegalReference[] {Hjemler.bek("1", 1, 1), Hjemler.ankestyrelsen("14-22"),
                Hjemler.ankestyrelsen("51-16")};
            case FRITVALG -> new LegalReference[] {Hjemler.ankestyrelsen("14-22"), Hjemler.bek("12", 4)};
            case FERIEGODTGOERELSE_ARBEJDSGIVER -> new LegalReference[] {Hjemler.bek("5", null), Hjemler.bek("3", 6)};
            default -> new LegalReference[] {Hjemler.bek("1", 1, 3), Hjemler.bek("3", 5)};
        };
        String why = switch (type) {
            case LOEN -> "lønindtægt" + (line.timer() == null ? "" : " for " + Kroner.plain(line.timer()) + " timer");
            case ANDEN_LOEN -> "anden lønindtægt nedsætter tilskuddet på samme måde";
            case PENSION_ARBEJDSGIVER, PENSION_EGEN -> "pensionsbidrag i ansættelsen er en del af lønindtægten";
            case FERIETILLAEG -> "ferietillæg er lønindtægt i den måned, det udbetales, og hæver lønloftet samme måned";
            case FRITVALG -> "udbetaling fra fritvalgsordning eller søgnehelligdagskonto og feriedifference er "
                + "lønindtægt i udbetalingsmåneden og hæver lønloftet samme måned";
            case FERIEGODTGOERELSE_ARBEJDSGIVER -> "feriegodtgørelse, som arbejdsgiveren udbetaler ved ferien, er en "
                + "del af lønnen";
            default -> "overskud fra selvstændig bibeskæftigelse nedsætter tilskuddet som løn";
        };
        record(nr, type, amt, amt, BigDecimal.ZERO, BigDecimal.ZERO, why, law[0]);
        var step = ex.step("linje" + nr, Kroner.toOere(amt), () -> label + ": " + Kroner.format(Kroner.toOere(amt))
                + " — " + why + ".")
            .law(law);
        if (type == Indtaegtstype.SELVSTAENDIG_OVERSKUD) {
            step.flag(Flag.skalAfklares("Overskud fra selvstændig bibeskæftigelse opgøres før renter og inkl. beløb "
                + "hævet til privatforbrug; månedens andel er et skøn, der efterreguleres, når regnskabet foreligger.",
                Hjemler.bek("1", 1, 3)));
        }
    }

    private void bonus(int nr, Indtaegtslinje line, String f, String label, YearMonth wageMonth, Explainer ex) {
        BigDecimal amt = amount(line, f);
        if (line.periodeFra() == null || line.periodeTil() == null) {
            loenindtaegt = loenindtaegt.add(amt);
            arbejdsgiverLoen = arbejdsgiverLoen.add(amt);
            loftTillaeg = loftTillaeg.add(amt);
            record(nr, line.type(), amt, amt, BigDecimal.ZERO, BigDecimal.ZERO,
                "lønindtægt i udbetalingsmåneden (periode ikke oplyst)", Hjemler.bek("3", 4));
            ex.step("linje" + nr, Kroner.toOere(amt), () -> label + ": " + Kroner.format(Kroner.toOere(amt))
                    + " — bonus og tantieme er lønindtægt. Der er ikke oplyst en periode, så hele beløbet regnes med i "
                    + "denne måned.")
                .law(Hjemler.bek("3", 4), Hjemler.ankestyrelsen("27-23"))
                .flag(Flag.skalAfklares("Dækker bonussen arbejde over flere måneder, skal den fordeles ligeligt over "
                    + "de måneder (angiv periodeFra og periodeTil). At regne hele beløbet i én måned giver typisk et "
                    + "for lavt tilskud.", Hjemler.bek("3", 4)));
            return;
        }
        if (line.periodeTil().isBefore(line.periodeFra())) {
            throw new InvalidInputException(f + ".periodeTil", "ligger før periodeFra");
        }
        List<Bonusfordeling.Andel> shares = Bonusfordeling.fordel(amt, line.periodeFra(), line.periodeTil());
        BigDecimal here = BigDecimal.ZERO;
        for (Bonusfordeling.Andel a : shares) {
            if (a.maaned().equals(wageMonth)) {
                here = here.add(a.beloeb());
            } else {
                otherMonths.add(a);
            }
        }
        BigDecimal share = here;
        loenindtaegt = loenindtaegt.add(share);
        arbejdsgiverLoen = arbejdsgiverLoen.add(share);
        loftTillaeg = loftTillaeg.add(share);
        record(nr, line.type(), amt, share, BigDecimal.ZERO, BigDecimal.ZERO,
            "fordelt ligeligt over " + shares.size() + " måneder", Hjemler.bek("3", 4));
        String others = shares.stream().filter(a -> !a.maaned().equals(wageMonth))
            .map(a -> DanishDates.format(a.maaned())).collect(Collectors.joining(", "));
        ex.step("linje" + nr, Kroner.toOere(share), () -> label + ": " + Kroner.format(Kroner.toOere(amt))
                + " dækker " + DanishDates.format(line.periodeFra()) + " til " + DanishDates.format(line.periodeTil())
                + " og fordeles ligeligt med " + Kroner.format(shares.get(0).beloeb()) + " pr. måned. I "
                + DanishDates.format(wageMonth) + " regnes " + Kroner.format(Kroner.toOere(share)) + " med"
                + (others.isEmpty() ? "." : "; andelene for " + others + " indgår ved efterregulering af de måneder."))
            .law(Hjemler.bek("3", 4), Hjemler.bek("4", 3), Hjemler.ankestyrelsen("27-23"))
            .flag(Flag.skalAfklares("Det er kommunens konkrete vurdering, om bonussen er lønindtægt (egen "
                + "arbejdsindsats) og hvilke måneder den dækker; arbejdsgiverens oplysninger skal indgå.",
                Hjemler.ankestyrelsen("27-23")));
    }

    private void feriekonto(int nr, Indtaegtslinje line, String f, String label, Explainer ex) {
        BigDecimal gross;
        boolean grossedUp;
        if (line.beloeb() != null) {
            gross = amount(line, f);
            grossedUp = false;
        } else if (line.nettobeloeb() != null && line.skatOgAmBidrag() != null) {
            gross = Feriegodtgoerelse.brutto(Maanedsberegning.nonNegative(line.nettobeloeb(), f + ".nettobeloeb"),
                Maanedsberegning.nonNegative(line.skatOgAmBidrag(), f + ".skatOgAmBidrag"));
            grossedUp = true;
        } else {
            throw new InvalidInputException(f + ".beloeb", "angiv bruttobeløbet (beloeb) eller nettobeloeb og "
                + "skatOgAmBidrag");
        }
        if (line.dage() == null) {
            throw new InvalidInputException(f + ".dage", "angiv antal feriedage, der holdes i måneden");
        }
        BigDecimal taken = days(line.dage(), f + ".dage");
        BigDecimal all = line.feriedageIAlt() == null ? taken : days(line.feriedageIAlt(), f + ".feriedageIAlt");
        if (all.signum() == 0 || taken.compareTo(all) > 0) {
            throw new InvalidInputException(f + ".feriedageIAlt", "skal være større end 0 og mindst lige så stort som dage");
        }
        BigDecimal share = Feriegodtgoerelse.andel(gross, taken, all);
        loenindtaegt = loenindtaegt.add(share);
        feriekonto = feriekonto.add(share);
        record(nr, line.type(), gross, share, BigDecimal.ZERO, BigDecimal.ZERO,
            "bruttobeløb, forholdsmæssigt for " + Kroner.plain(taken) + " af " + Kroner.plain(all) + " feriedage",
            Hjemler.bek("6", 4));
        ex.step("linje" + nr, share, () -> label + ": "
                + (grossedUp ? "netto " + Kroner.format(line.nettobeloeb()) + " + skat og AM-bidrag "
                    + Kroner.format(line.skatOgAmBidrag()) + " = brutto " + Kroner.format(Kroner.toOere(gross))
                    : "brutto " + Kroner.format(Kroner.toOere(gross)))
                + ". Du holder " + Kroner.plain(taken) + " af " + Kroner.plain(all) + " feriedage i måneden, så "
                + Kroner.plain(taken) + "/" + Kroner.plain(all) + " × " + Kroner.format(Kroner.toOere(gross)) + " = "
                + Kroner.format(share) + " regnes som lønindtægt.")
            .law(Hjemler.bek("6", 3), Hjemler.bek("6", 4), Hjemler.bek("3", 6));
    }

    private void dagpenge(int nr, Indtaegtslinje line, String f, String label, YearMonth wageMonth, Explainer ex) {
        BigDecimal amt = amount(line, f);
        fuldtFradrag = fuldtFradrag.add(amt);
        if (line.type() != Indtaegtstype.BARSELSDAGPENGE) {
            sygdom = true;
        }
        if (line.dage() == null) {
            dagpengeDage = null;
        } else if (dagpengeDage != null) {
            dagpengeDage = dagpengeDage.add(days(line.dage(), f + ".dage"));
        }
        boolean barsel = line.type() == Indtaegtstype.BARSELSDAGPENGE;
        String paragraph = barsel ? Hjemler.barsel(wageMonth) : Hjemler.sygdom(wageMonth);
        record(nr, line.type(), amt, BigDecimal.ZERO, amt, BigDecimal.ZERO, "fuldt fradrag (krone for krone)",
            Hjemler.bek(paragraph, 1));
        ex.step("linje" + nr, Kroner.toOere(amt), () -> label + ": " + Kroner.format(Kroner.toOere(amt))
                + (line.dage() == null ? "" : " for " + Kroner.plain(line.dage()) + " dage")
                + " — trækkes fuldt fra i tilskuddet, så dagpenge og tilskud tilsammen svarer til 98 pct. af "
                + "dagpengenes højeste beløb.")
            .law(Hjemler.bek(paragraph, 1), Hjemler.bek(paragraph, 2));
    }

    private void wageLike(int nr, Indtaegtslinje line, String f, String label, boolean reform, Explainer ex) {
        BigDecimal amt = amount(line, f);
        if (reform) {
            loenindtaegt = loenindtaegt.add(amt);
            wageLike = wageLike.add(amt);
            record(nr, line.type(), amt, amt, BigDecimal.ZERO, BigDecimal.ZERO,
                "behandles som lønindtægt fra 1. januar 2024", Hjemler.bek("11", 1));
            ex.step("linje" + nr, Kroner.toOere(amt), () -> label + ": " + Kroner.format(Kroner.toOere(amt))
                    + " — fra 1. januar 2024 sker fradrag og beregning som ved lønindtægt; løn og "
                    + line.type().betegnelse() + " trækkes fra samlet.")
                .law(Hjemler.bek("11", 1), Hjemler.bek("11", 2));
        } else {
            ikkeFradrag = ikkeFradrag.add(amt);
            record(nr, line.type(), amt, BigDecimal.ZERO, BigDecimal.ZERO, amt,
                "ikke lønindtægt før 1. januar 2024 — intet fradrag, men heller intet tilskud til beløbet",
                Hjemler.ankestyrelsen("6-23"));
            ex.step("linje" + nr, Kroner.ZERO, () -> label + ": " + Kroner.format(Kroner.toOere(amt))
                    + " — før 1. januar 2024 er " + line.type().betegnelse() + " ikke lønindtægt. Det giver ikke "
                    + "fradrag, men der kan heller ikke udbetales fleksløntilskud som supplement til beløbet; "
                    + "tilskuddet beregnes af lønnen fra arbejdsgiveren alene.")
                .law(Hjemler.ankestyrelsen("6-23"), Hjemler.bek("15", 2));
        }
    }

    private void notDeducted(int nr, Indtaegtslinje line, String f, String label, Explainer ex) {
        BigDecimal amt = amount(line, f);
        ikkeFradrag = ikkeFradrag.add(amt);
        Indtaegtstype type = line.type();
        LegalReference law;
        String why;
        Flag flag = null;
        switch (type) {
            case LOEBENDE_PENSION -> {
                law = Hjemler.bek("1", 1, 1);
                why = "løbende pension er ikke løn, som der betales arbejdsmarkedsbidrag af";
            }
            case FORSIKRING -> {
                law = Hjemler.bek("1", 1, 1);
                why = "udbetalinger fra gruppeliv og forsikring og erstatning for tabt erhvervsevne er ikke løn";
            }
            case GAVE -> {
                law = Hjemler.ankestyrelsen("27-23");
                why = "en reel gave (fx en julegave, som alle ansatte får) er arbejdsfri indtægt";
                flag = Flag.skalAfklares("Udbetaler arbejdsgiveren beløbet som A-indkomst, formodes det at være løn. "
                    + "Kommunen skal konkret vurdere, om det er en reel gave (alle får det samme, ikke for egen "
                    + "arbejdsindsats) — ellers er det lønindtægt.", Hjemler.ankestyrelsen("27-23"));
            }
            case PERSONALEGODE -> {
                law = Hjemler.ankestyrelsen("39-19");
                why = "værdien af personalegoder (fri bil, telefon, kost og logi) er ikke løn og indgår heller ikke i "
                    + "lønloftet";
            }
            case FRIVILLIG_BEREDSKAB -> {
                law = Hjemler.bek("2", 3);
                why = "rådighedsvederlag og personligt tillæg til frivillige brandmænd og i beredskaber giver ikke "
                    + "fradrag";
            }
            default -> {
                if (line.begrundelse() == null || line.begrundelse().isBlank()) {
                    throw new InvalidInputException(f + ".begrundelse", "angiv hvorfor beløbet ikke skal give fradrag");
                }
                law = Hjemler.bek("1", 1, 1);
                why = line.begrundelse();
                flag = Flag.skalAfklares("Beløbet er oplyst som indtægt uden fradrag med begrundelsen: »"
                    + line.begrundelse() + "«. Kommunen skal bekræfte det.", Hjemler.bek("1", 1, 1));
            }
        }
        record(nr, type, amt, BigDecimal.ZERO, BigDecimal.ZERO, amt, "ikke fradrag: " + why, law.tekst());
        String reason = why;
        var step = ex.step("linje" + nr, Kroner.ZERO, () -> label + ": " + Kroner.format(Kroner.toOere(amt))
                + " — ikke fradrag, fordi " + reason + ".")
            .law(law);
        if (flag != null) {
            step.flag(flag);
        }
    }

    private void record(int nr, Indtaegtstype type, BigDecimal amount, BigDecimal counted, BigDecimal full,
                        BigDecimal none, String treatment, LegalReference law) {
        record(nr, type, amount, counted, full, none, treatment, law.tekst());
    }

    private void record(int nr, Indtaegtstype type, BigDecimal amount, BigDecimal counted, BigDecimal full,
                        BigDecimal none, String treatment, String law) {
        results.add(new LinjeResultat(nr, type, Kroner.toOere(amount), Kroner.toOere(counted), Kroner.toOere(full),
            Kroner.toOere(none), treatment, law));
    }

    private static BigDecimal amount(Indtaegtslinje line, String f) {
        return Maanedsberegning.nonNegative(line.beloeb(), f + ".beloeb");
    }

    private static BigDecimal days(BigDecimal d, String field) {
        if (d.signum() < 0) {
            throw new InvalidInputException(field, "antal dage kan ikke være negativt");
        }
        return d;
    }
}
