package dk.fleksjob.rules.ledighedsydelse;

import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.DanishDates;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Ledighedsydelsens sats — the full monthly rate of ledighedsydelse for a category, before deductions.
 *
 * <p>LAS § 74 a, stk. 2: »Ledighedsydelsen udgør 89 pct. af arbejdsløshedsdagpengenes højeste beløb, jf. § 47 i lov
 * om arbejdsløshedsforsikring m.v.« Stk. 3: otherwise a fixed amount for persons with and without
 * forsørgelsespligt (until 30 June 2025 the kontanthjælp amounts of § 25, stk. 2, nr. 1 and nr. 2). How the 89 pct.
 * becomes a monthly amount depends on the month:
 * <ul>
 *   <li>until 30 June 2017 dagpenge were weekly: »Ugesatsen … er fastsat til 89 pct. af arbejdsløshedspengenes
 *       højeste beløb … Når ledighedsydelsen … skal omregnes til en månedssats ganges ugesatsen for det pågældende
 *       kalenderår med 4,3333. Den beregnede ledighedsydelse … afrundes til nærmeste hele kronebeløb« (BEK nr.
 *       812/2014 § 2). The weekly rate is rounded to a whole krone amount divisible by 5 like every weekly rate
 *       derived from the maximum (AFL § 47, stk. 2); this reproduces the published 3.625 kr. (2014) and 3.680 kr.
 *       (2015) and, × 4,3333, Herning's 16.380 kr. (2017);</li>
 *   <li>from 1 July 2017: »89 pct. af arbejdsløshedspengenes højeste beløb … pr. kalendermåned« (BEK nr. 4/2026
 *       § 2), rounded to whole kroner; this reproduces 16.984 kr. (2020).</li>
 * </ul>
 */
public final class Ledighedsydelsessats {

    static final LocalDate MONTHLY_DAGPENGE_FROM = LocalDate.of(2017, 7, 1);
    static final LocalDate CONVERSION_IN_BEK_FROM = LocalDate.of(2014, 4, 30);
    static final LocalDate OWN_AMOUNTS_FROM = LocalDate.of(2025, 7, 1);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private Ledighedsydelsessats() {
    }

    /** The full monthly rate of the category in the month. */
    public static BigDecimal forMonth(Kategori kategori, YearMonth month, Rates rates, Explainer ex) {
        return switch (kategori) {
            case SATS_89 -> hoejSats(month, rates, ex);
            case FORSOERGER -> lowRate("ledighedsydelse.forsoerger", 1, kategori, month, rates, ex);
            case IKKE_FORSOERGER -> lowRate("ledighedsydelse.ikke_forsoerger", 2, kategori, month, rates, ex);
        };
    }

    /** 89 pct. of the dagpenge maximum for the month. */
    public static BigDecimal hoejSats(YearMonth month, Rates rates, Explainer ex) {
        LocalDate day = month.atEndOfMonth();
        ParameterValue pct = rates.forMonth("ledighedsydelse.procent_af_dagpenge", month);
        if (day.isBefore(MONTHLY_DAGPENGE_FROM)) {
            return fromWeeklyRate(month, pct, rates, ex);
        }
        ParameterValue dagpenge = rates.forMonth("dagpenge.hoejeste_maanedsbeloeb", month);
        BigDecimal sats = Kroner.toWholeKroner(pct.asFraction().multiply(dagpenge.vaerdi()));
        ex.step("sats", sats, () -> "Ledighedsydelse med den høje sats: " + Kroner.plain(pct.vaerdi())
                + " pct. af dagpengenes højeste beløb på " + Kroner.format(dagpenge.vaerdi()) + " pr. måned = "
                + Kroner.format(sats) + " (afrundet til hele kroner).")
            .law(Hjemmel.las("74 a", 2), Hjemmel.bekSats(day), LegalReference.of(Law.AFL, "47", 1))
            .param(pct, dagpenge);
        return sats;
    }

    private static BigDecimal fromWeeklyRate(YearMonth month, ParameterValue pct, Rates rates, Explainer ex) {
        ParameterValue weekly = rates.forMonth("dagpenge.hoejeste_ugebeloeb", month);
        ParameterValue factor = rates.forMonth("ledighedsydelse.uge_til_maaned_faktor", month);
        BigDecimal weeklyRate = toNearestFive(pct.asFraction().multiply(weekly.vaerdi()));
        BigDecimal sats = Kroner.toWholeKroner(weeklyRate.multiply(factor.vaerdi()));
        var step = ex.step("sats", sats, () -> "Ledighedsydelse med den høje sats: " + Kroner.plain(pct.vaerdi())
                + " pct. af dagpengenes højeste beløb på " + Kroner.format(weekly.vaerdi()) + " pr. uge = "
                + Kroner.format(weeklyRate) + " pr. uge (afrundet til et kronebeløb, der kan deles med 5), ganget med "
                + Kroner.plain(factor.vaerdi()) + " til en månedssats = " + Kroner.format(sats)
                + " (afrundet til hele kroner).")
            .law(Hjemmel.las("74 a", 2), LegalReference.of(Law.AFL, "47", 2), Hjemmel.bekSats(month.atEndOfMonth()))
            .param(pct, weekly, factor);
        if (month.atEndOfMonth().isBefore(CONVERSION_IN_BEK_FROM)) {
            step.flag(Flag.uafklaret("Bekendtgørelsen for " + DanishDates.format(month) + " (BEK nr. 1424/2012) siger "
                + "ikke, hvordan ugesatsen omregnes til en måned. Vi bruger faktoren 4,3333 fra de senere "
                + "bekendtgørelser (fra 30. april 2014).", LegalReference.of(Law.BEK_LY, "2")));
        }
        return sats;
    }

    private static BigDecimal lowRate(String id, int nr, Kategori kategori, YearMonth month, Rates rates,
                                      Explainer ex) {
        ParameterValue rate = rates.forMonth(id, month);
        boolean ownAmount = !month.atEndOfMonth().isBefore(OWN_AMOUNTS_FROM);
        BigDecimal sats = Kroner.toOere(rate.vaerdi());
        ex.step("sats", sats, () -> "Ledighedsydelse med " + kategori.danish() + ": " + Kroner.format(sats)
                + " pr. måned" + (ownAmount ? "." : ", svarende til kontanthjælpen efter § 25, stk. 2, nr. " + nr + "."))
            .law(Hjemmel.las("74 a", 3, nr), ownAmount ? Hjemmel.las("109", 2, 15) : Hjemmel.las("25", 2, nr))
            .param(rate);
        return sats;
    }

    /** AFL § 47, stk. 2: »afrundes til nærmeste hele kronebeløb, der kan deles med 5«. */
    static BigDecimal toNearestFive(BigDecimal amount) {
        return amount.divide(FIVE).setScale(0, RoundingMode.HALF_UP).multiply(FIVE);
    }
}
