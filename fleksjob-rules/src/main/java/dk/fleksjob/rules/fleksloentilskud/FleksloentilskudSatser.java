package dk.fleksjob.rules.fleksloentilskud;

import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The rates of one fleksløntilskud month: the maximum and the ATP rules of the month the subsidy is for, and the
 * knæk that applies to the wage of the month before.
 *
 * <p>Why two months: the subsidy is »fastsat til 98 pct. af arbejdsløshedspengenes højeste beløb … pr.
 * kalendermåned« (BEK § 2), while the knæk is an amount regulated each 1 January for wage income (LAB § 189 a), and
 * the bekendtgørelse »har virkning for lønindtægter … fra den 1. januar 2024« (BEK nr. 227/2024 § 15, stk. 2). So
 * the January subsidy, which is reduced for December's wage, uses January's maximum and December's knæk.
 */
public record FleksloentilskudSatser(YearMonth maaned, YearMonth loenmaaned, BigDecimal maksimaltTilskud,
                                     ParameterValue knaek, ParameterValue procentUnderKnaek,
                                     ParameterValue procentOverKnaek, ParameterValue atpProcent,
                                     ParameterValue atpMaksimum) {

    /** Looks up the rates of the subsidy month, recording the maximum's derivation in the explanation. */
    public static FleksloentilskudSatser forMonth(YearMonth month, Rates rates, Explainer ex) {
        YearMonth wageMonth = month.minusMonths(1);
        BigDecimal max = MaksimaltFleksloentilskud.calculate(month, rates, ex);
        return new FleksloentilskudSatser(month, wageMonth, max,
            rates.forMonth("fleksloentilskud.knaek", wageMonth),
            rates.forMonth("fleksloentilskud.nedsaettelse_under_knaek", month),
            rates.forMonth("fleksloentilskud.nedsaettelse_over_knaek", month),
            rates.forMonth("fleksloentilskud.atp_procent", month),
            rates.forMonth("fleksloentilskud.atp_maksimum", month));
    }
}
