package dk.fleksjob.rules.ledighedsydelse;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Ledighedsydelse — the benefit for a person visiteret to fleksjob who is not (or no longer) in one, from 1 January
 * 2013.
 *
 * <p>Legal basis: LAS §§ 74 a, 74 b and 74 d (LBK nr. 1004 af 30/6/2025) and the bekendtgørelse om beregning af og
 * fradrag i ledighedsydelsen (BEK nr. 4 af 6/1/2026; earlier BEK nr. 1424/2012, 812/2014, 111/2021).
 * <ul>
 *   <li>The rate: 89 pct. of the dagpenge maximum or the forsørger / ikke-forsørger amount, by the category fixed at
 *       visitation (§ 74 a, stk. 2–3; see {@link Ledighedsydelsessats}).</li>
 *   <li>§ 74 a, stk. 4: »Personer, der ikke opfylder betingelserne i stk. 2, får ret til ledighedsydelse efter stk.
 *       2, når de har været ansat i fleksjob i 9 måneder inden for de seneste 18 måneder.«</li>
 *   <li>§ 74 b, stk. 2: »Personer, der har nået fleksydelsesalderen … kan højst modtage ledighedsydelse efter § 74
 *       a, stk. 2 eller stk. 3, nr. 1, i sammenlagt 6 måneder. Herefter … § 74 a, stk. 3, nr. 2.«</li>
 *   <li>§ 74 d, stk. 2–3: wage from short work reduces the ledighedsydelse; »Ledighedsydelsen nedsættes med 30 pct.
 *       dels af lønindtægten, dels af anden indtægt, der træder i stedet for løn, indtil den samlede lønindtægt pr.
 *       måned udgør 13.000 kr. (2012-niveau), og herefter med 55 pct.«</li>
 * </ul>
 *
 * <p>How stk. 2 (»nedsættes … med lønindtægten«) and stk. 3 (30/55 pct.) relate is settled by the bekendtgørelse
 * issued under § 74 d, stk. 5: § 3 »Lønindtægt fra arbejde af kortere varighed medfører fradrag«, and § 14
 * »Fradrag efter §§ 3, 5, 6 … sker med 30 pct. af lønnen … og med 55 pct. af indtægten derover« (the same in every
 * version since BEK nr. 1424/2012 §§ 2 and 13). So stk. 2 says which income is deducted, stk. 3 by how much; there
 * is no krone-for-krone deduction.
 *
 * <p>Time: »Fradraget i ledighedsydelsen sker bagud i den følgende måned« (BEK § 19), so the ledighedsydelse for
 * month M is reduced for the wage of month M−1, with the threshold of the wage month (regulated 1 January for
 * income). Rounding: »Den beregnede ledighedsydelse efter §§ 14-16 afrundes til nærmeste hele kronebeløb« (BEK
 * § 2).
 *
 * <p>Not covered: part months (§ 74 d, stk. 1: up to 5 days a week), selvstændig bibeskæftigelse at the
 * omregningssats (BEK § 15), holiday supplements (§ 74 e, stk. 6), efterregulering (BEK § 16, § 19 stk. 2–3),
 * sanctions (§§ 76–77 a).
 */
public final class Ledighedsydelse {

    /** The first month of the rules from the 2013 reform (lov nr. 1380 af 23/12/2012). */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2013, 1);

    private Ledighedsydelse() {
    }

    public static LedighedsydelseResult calculate(LedighedsydelseRequest request) {
        return calculate(request, Rates.withOverrides(request.parametre()), true);
    }

    public static LedighedsydelseResult calculate(LedighedsydelseRequest request, Rates rates, boolean explain) {
        YearMonth month = requireMonth(request.maaned());
        if (request.kategori() == null) {
            throw new InvalidInputException("kategori", "angiv satskategorien fra visitationen (89, forsoerger eller ikke-forsoerger)");
        }
        BigDecimal wage = nonNegative(request.loen(), "loen");
        int fleksjob = count(request.fleksjobMaaneder(), "fleksjobMaaneder");
        Integer afterAge = request.maanederEfterFleksydelsesalder() == null ? null
            : count(request.maanederEfterFleksydelsesalder(), "maanederEfterFleksydelsesalder");

        Explainer ex = Explainer.of(explain, "Ledighedsydelse for " + DanishDates.format(month));
        Kategori kategori = applicableCategory(request.kategori(), fleksjob, afterAge, month, rates, ex);
        BigDecimal sats = Ledighedsydelsessats.forMonth(kategori, month, rates, ex);
        Deduction d = deduct(sats, wage, month, rates, ex);
        BigDecimal ydelse = d.ledighedsydelse();
        ex.step("samletIndkomst", Kroner.toOere(wage.add(ydelse)), () -> "Samlet indkomst før skat: "
                + Kroner.format(Kroner.toOere(wage)) + " i løn + " + Kroner.format(ydelse) + " i ledighedsydelse = "
                + Kroner.format(Kroner.toOere(wage.add(ydelse))) + ".");
        return new LedighedsydelseResult(month, month.minusMonths(1), request.kategori(), kategori, sats,
            Kroner.toOere(wage), Kroner.toOere(d.graense()), Kroner.toOere(d.fradrag30()), Kroner.toOere(d.fradrag55()),
            ydelse, Kroner.toOere(wage.add(ydelse)), RulesVersion.current(), ex.build());
    }

    /** The category that applies this month: the visitation category, moved up by § 74 a, stk. 4 and down by § 74 b, stk. 2. */
    static Kategori applicableCategory(Kategori visitation, int fleksjobMonths, Integer monthsAfterAge, YearMonth month,
                                       Rates rates, Explainer ex) {
        ParameterValue needed = rates.forMonth("ledighedsydelse.maaneder_fleksjob_for_hoej_sats", month);
        ParameterValue window = rates.forMonth("ledighedsydelse.referenceperiode_maaneder", month);
        if (BigDecimal.valueOf(fleksjobMonths).compareTo(window.vaerdi()) > 0) {
            throw new InvalidInputException("fleksjobMaaneder", "kan højst være " + Kroner.plain(window.vaerdi())
                + " (måneder i fleksjob inden for de seneste " + Kroner.plain(window.vaerdi()) + " måneder)");
        }
        Kategori k = visitation;
        ex.step("visitationsKategori", null, () -> "Ved visitationen er din ledighedsydelse fastsat til "
                + visitation.danish() + ".")
            .law(visitation == Kategori.SATS_89 ? Hjemmel.las("74 a", 2)
                : Hjemmel.las("74 a", 3, visitation == Kategori.FORSOERGER ? 1 : 2))
            .input("kategori", visitation.code())
            .flag(Flag.skalAfklares("Kommunen fastsætter kategorien ud fra dine forhold på tidspunktet for "
                + "visitationen (fx ret til sygedagpenge) og om du har forsørgelsespligt over for et barn.",
                Hjemmel.las("74 a", 2)));
        if (k != Kategori.SATS_89 && BigDecimal.valueOf(fleksjobMonths).compareTo(needed.vaerdi()) >= 0) {
            k = Kategori.SATS_89;
            ex.step("hoejSatsEfterFleksjob", null, () -> "Du har været ansat i fleksjob i " + fleksjobMonths
                    + " måneder inden for de seneste " + Kroner.plain(window.vaerdi()) + " måneder (mindst "
                    + Kroner.plain(needed.vaerdi()) + "), så du har ret til den høje sats på 89 pct.")
                .law(Hjemmel.las("74 a", 4))
                .param(needed, window)
                .input("fleksjobMaaneder", fleksjobMonths);
        }
        if (monthsAfterAge != null) {
            ParameterValue limit = rates.forMonth("ledighedsydelse.maaneder_efter_fleksydelsesalder", month);
            boolean used = BigDecimal.valueOf(monthsAfterAge).compareTo(limit.vaerdi()) >= 0;
            if (k != Kategori.IKKE_FORSOERGER && used) {
                Kategori before = k;
                k = Kategori.IKKE_FORSOERGER;
                ex.step("fleksydelsesalder", null, () -> "Du har nået fleksydelsesalderen og har allerede fået "
                        + before.danish() + " i " + monthsAfterAge + " måneder efter det (højst "
                        + Kroner.plain(limit.vaerdi()) + " måneder i alt). Derfor får du nu satsen uden forsørgelsespligt.")
                    .law(Hjemmel.las("74 b", 2), Hjemmel.las("74 g", 5))
                    .param(limit)
                    .input("maanederEfterFleksydelsesalder", monthsAfterAge);
            } else if (k != Kategori.IKKE_FORSOERGER) {
                Kategori current = k;
                ex.step("fleksydelsesalder", null, () -> "Du har nået fleksydelsesalderen og har fået " + current.danish()
                        + " i " + monthsAfterAge + " måneder efter det. Du kan få den i højst "
                        + Kroner.plain(limit.vaerdi()) + " måneder i alt, så denne måned gælder den stadig.")
                    .law(Hjemmel.las("74 b", 2), Hjemmel.las("74 g", 5))
                    .param(limit)
                    .input("maanederEfterFleksydelsesalder", monthsAfterAge);
            }
        }
        return k;
    }

    /** The amounts of the 30/55 pct. deduction, exact, and the rounded ledighedsydelse. */
    public record Deduction(BigDecimal graense, BigDecimal fradrag30, BigDecimal fradrag55, BigDecimal ledighedsydelse) {
    }

    /** LAS § 74 d, stk. 3 and BEK § 14: 30 pct. of the wage up to the threshold, 55 pct. above, never below zero. */
    public static Deduction deduct(BigDecimal sats, BigDecimal wage, YearMonth month, Rates rates, Explainer ex) {
        YearMonth wageMonth = month.minusMonths(1);
        ParameterValue graense = rates.forMonth("ledighedsydelse.fradragsgraense", wageMonth);
        ParameterValue p30 = rates.forMonth("ledighedsydelse.fradrag_under_graense", wageMonth);
        ParameterValue p55 = rates.forMonth("ledighedsydelse.fradrag_over_graense", wageMonth);
        BigDecimal below = Kroner.min(wage, graense.vaerdi());
        BigDecimal above = Kroner.max(BigDecimal.ZERO, wage.subtract(graense.vaerdi()));
        BigDecimal f30 = p30.asFraction().multiply(below);
        BigDecimal f55 = p55.asFraction().multiply(above);
        ex.step("loen", Kroner.toOere(wage), () -> wage.signum() == 0
                ? "Du har ingen lønindtægt i " + DanishDates.format(wageMonth) + ", så der sker intet fradrag."
                : "Din lønindtægt i " + DanishDates.format(wageMonth) + " inkl. pensionsbidrag er "
                    + Kroner.format(Kroner.toOere(wage)) + ". Den trækkes fra i ledighedsydelsen for "
                    + DanishDates.format(month) + " (bagud i den følgende måned).")
            .law(Hjemmel.las("74 d", 2), Hjemmel.bekUdbetaling(month.atEndOfMonth()))
            .input("loen", wage);
        var s30 = ex.step("fradrag30", Kroner.toOere(f30), () -> Kroner.plain(p30.vaerdi()) + " pct. af lønnen op til "
                + Kroner.format(graense.vaerdi()) + ": " + Kroner.plain(p30.vaerdi()) + " pct. af "
                + Kroner.format(Kroner.toOere(below)) + " = " + Kroner.format(Kroner.toOere(f30)) + ".")
            .law(Hjemmel.las("74 d", 3), Hjemmel.bekFradrag(wageMonth.atEndOfMonth()))
            .param(p30, graense);
        if (wage.signum() > 0 && wageMonth.getYear() != month.getYear()) {
            s30.flag(Flag.uafklaret("Ledighedsydelsen for " + DanishDates.format(month) + " nedsættes for lønnen i "
                + DanishDates.format(wageMonth) + ". Vi bruger fradragsgrænsen for lønmåneden, fordi beløbet "
                + "reguleres 1. januar; kilderne siger det ikke udtrykkeligt for januar.", Hjemmel.las("74 d", 3)));
        }
        ex.step("fradrag55", Kroner.toOere(f55), () -> Kroner.plain(p55.vaerdi()) + " pct. af lønnen over "
                + Kroner.format(graense.vaerdi()) + ": " + Kroner.plain(p55.vaerdi()) + " pct. af "
                + Kroner.format(Kroner.toOere(above)) + " = " + Kroner.format(Kroner.toOere(f55)) + ".")
            .law(Hjemmel.las("74 d", 3), Hjemmel.bekFradrag(wageMonth.atEndOfMonth()))
            .param(p55, graense);
        BigDecimal exact = Kroner.max(BigDecimal.ZERO, sats.subtract(f30).subtract(f55));
        BigDecimal ydelse = Kroner.toWholeKroner(exact);
        ex.step("ledighedsydelse", ydelse, () -> "Ledighedsydelse for " + DanishDates.format(month) + ": "
                + Kroner.format(sats) + " − " + Kroner.format(Kroner.toOere(f30)) + " − " + Kroner.format(Kroner.toOere(f55))
                + (exact.signum() == 0 ? ", men ydelsen kan ikke blive negativ" : "")
                + ", afrundet til nærmeste hele krone = " + Kroner.format(ydelse) + ".")
            .law(Hjemmel.las("74 d", 3), Hjemmel.bekSats(month.atEndOfMonth()));
        return new Deduction(graense.vaerdi(), f30, f55, ydelse);
    }

    private static YearMonth requireMonth(YearMonth month) {
        if (month == null) {
            throw new InvalidInputException("maaned", "angiv måneden ledighedsydelsen er for (ÅÅÅÅ-MM)");
        }
        if (month.isBefore(FIRST_MONTH)) {
            throw new InvalidInputException("maaned", "beregningen dækker reglerne fra januar 2013");
        }
        return month;
    }

    private static BigDecimal nonNegative(BigDecimal value, String field) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "beløbet kan ikke være negativt");
        }
        return value;
    }

    private static int count(Integer value, String field) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            throw new InvalidInputException(field, "antallet af måneder kan ikke være negativt");
        }
        return value;
    }
}
