package dk.fleksjob.rules.fleksloentilskud;

import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The rates of one fleksløntilskud month: the maximum and the ATP rules of the month the subsidy is for, and the
 * knæk that applies to the wage of the month before.
 *
 * <p>Why two months: the subsidy is »fastsat til 98 pct. af arbejdsløshedspengenes højeste beløb … pr.
 * kalendermåned« (BEK § 2), while the knæk is an amount regulated each 1 January for wage income (LAB § 189 a), and
 * the bekendtgørelse »har virkning for lønindtægter … fra den 1. januar 2024« (BEK nr. 227/2024 § 15, stk. 2). So
 * the January subsidy, which is reduced for December's wage, uses January's maximum and December's knæk.
 *
 * @param underKnaek the 30 pct. as a fraction (0.30), computed once per month
 * @param overKnaek  the 55 pct. as a fraction
 * @param atp        the 5 pct. as a fraction
 * @param atpLoft    the ATP cap in kroner and øre
 */
public record FleksloentilskudSatser(YearMonth maaned, YearMonth loenmaaned, BigDecimal maksimaltTilskud,
                                     ParameterValue knaek, ParameterValue procentUnderKnaek,
                                     ParameterValue procentOverKnaek, ParameterValue atpProcent,
                                     ParameterValue atpMaksimum, BigDecimal underKnaek, BigDecimal overKnaek,
                                     BigDecimal atp, BigDecimal atpLoft) {

    /** The last day of the subsidy month: the date its rates and paragraphs are read on. */
    public LocalDate dag() {
        return maaned.atEndOfMonth();
    }

    /** Looks up the rates of the subsidy month, recording the maximum's derivation in the explanation. */
    public static FleksloentilskudSatser forMonth(YearMonth month, Rates rates, Explainer ex) {
        YearMonth wageMonth = month.minusMonths(1);
        BigDecimal max = MaksimaltFleksloentilskud.calculate(month, rates, ex);
        ParameterValue under = rates.forMonth("fleksloentilskud.nedsaettelse_under_knaek", month);
        ParameterValue over = rates.forMonth("fleksloentilskud.nedsaettelse_over_knaek", month);
        ParameterValue atp = rates.forMonth("fleksloentilskud.atp_procent", month);
        ParameterValue atpMax = rates.forMonth("fleksloentilskud.atp_maksimum", month);
        return new FleksloentilskudSatser(month, wageMonth, max, rates.forMonth("fleksloentilskud.knaek", wageMonth),
            under, over, atp, atpMax, under.asFraction(), over.asFraction(), atp.asFraction(),
            atpMax.vaerdi().setScale(2));
    }
}
