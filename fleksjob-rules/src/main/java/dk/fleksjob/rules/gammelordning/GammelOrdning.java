package dk.fleksjob.rules.gammelordning;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.RulesVersion;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.law.Law;
import dk.fleksjob.rules.law.LegalReference;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * Tilskud til fleksjob efter de hidtidige regler — the employer's wage refund in a fleksjob started before 1 January
 * 2013 (the "old scheme").
 *
 * <p>Legal basis: LAB § 133 (LBK nr. 280/2024; § 71 before 2020). Stk. 1: »Arbejdsgiveren betaler lønnen til den
 * ansatte i fleksjob for personer begyndt i fleksjob før den 1. januar 2013.« Stk. 2: »Tilskud til lønnen udbetales
 * til arbejdsgiveren. Tilskuddet er halvdelen eller to tredjedele af lønnen afhængigt af graden af den nedsatte
 * arbejdsevne.« Stk. 3: the tilskud is calculated on the wage plus the employer's ATP and other contributions, »kan
 * dog højst beregnes ud fra et beløb på 527.091 kr. (2019-niveau) på årsbasis eller 273,93 kr. (2019-niveau) på
 * timebasis«. Stk. 4: »Tilskuddet … nedsættes med det beløb, som arbejdsgiveren har ret til efter lov om
 * sygedagpenge, barselsloven … Nedsættelsen opgøres pr. dag, som der modtages refusion for.«
 *
 * <p>Rounding: the law sets none; amounts are kept to the øre (DI's 2013 table shows 123,19 and 164,25 kr. per hour
 * = ½ and ⅔ of 246,38 kr. to the øre).
 *
 * <p>Not covered: the cap at ½ or ⅔ of the lowest agreed hourly wage in the area (stk. 3, 2nd sentence — flagged),
 * the per-day reduction for refusion (the yearly refusion is deducted as one amount — flagged), the state employer
 * scheme.
 */
public final class GammelOrdning {

    private static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final LocalDate NEW_LAB = LocalDate.of(2020, 1, 1);

    private GammelOrdning() {
    }

    public static GammelOrdningResult calculate(GammelOrdningRequest request) {
        return calculate(request, Rates.withOverrides(request.parametre()), true);
    }

    public static GammelOrdningResult calculate(GammelOrdningRequest r, Rates rates, boolean explain) {
        if (r.aar() == null) {
            throw new InvalidInputException("aar", "angiv året (ÅÅÅÅ)");
        }
        if (r.aar() < 2013) {
            throw new InvalidInputException("aar", "beregningen dækker årene fra 2013");
        }
        if (r.brok() == null) {
            throw new InvalidInputException("brok", "angiv tilskudsbrøken (1/2 eller 2/3)");
        }
        int year = r.aar();
        LocalDate day = LocalDate.of(year, 1, 1);
        Explainer ex = Explainer.of(explain, "Tilskud til arbejdsgiveren i fleksjob efter de gamle regler, " + year);
        Base base = r.timeloen() != null ? hourly(r, day, rates, ex) : yearly(r, day, rates, ex);

        BigDecimal gross = r.brok().of(base.capped());
        ex.step("tilskudFoerRefusion", Kroner.toOere(gross), () -> "Tilskuddet er " + r.brok().danish() + " ("
                + r.brok().code() + ") af " + Kroner.format(Kroner.toOere(base.capped())) + " = "
                + Kroner.format(Kroner.toOere(gross)) + " for året.")
            .law(paragraph(day, 2))
            .input("brok", r.brok().code())
            .flag(Flag.skalAfklares("Kommunen fastsætter brøken (½ eller ⅔) efter graden af den nedsatte arbejdsevne "
                + "og kan ændre den, hvis arbejdsevnen ændrer sig.", paragraph(day, 2)))
            .flag(Flag.skalAfklares("Tilskuddet kan heller ikke overstige " + r.brok().danish() + " af den mindste "
                + "overenskomstmæssige timeløn på området (eller den sædvanlige løn for tilsvarende arbejde) med "
                + "arbejdsgiverbidrag. Her er det regnet af den oplyste løn.", paragraph(day, 3)));

        BigDecimal refusion = r.refusion() == null ? BigDecimal.ZERO : r.refusion();
        if (refusion.signum() < 0) {
            throw new InvalidInputException("refusion", "beløbet kan ikke være negativt");
        }
        BigDecimal reduction = Kroner.min(refusion, gross);
        BigDecimal tilskud = Kroner.toOere(gross.subtract(reduction));
        var red = ex.step("refusionsfradrag", Kroner.toOere(reduction), () -> refusion.signum() == 0
                ? "Ingen sygedagpenge- eller barselsrefusion er oplyst, så tilskuddet nedsættes ikke."
                : "Tilskuddet nedsættes med den refusion, arbejdsgiveren har ret til under sygdom eller barsel: "
                    + Kroner.format(Kroner.toOere(reduction)) + ".")
            .law(paragraph(day, 4))
            .input("refusion", refusion);
        if (refusion.signum() > 0) {
            red.flag(Flag.skalAfklares("Loven opgør nedsættelsen pr. dag med refusion; her er årets samlede refusion "
                + "trukket fra på én gang.", paragraph(day, 4)));
        }
        ex.step("tilskud", tilskud, () -> "Arbejdsgiverens tilskud for " + year + ": " + Kroner.format(tilskud) + ".")
            .law(paragraph(day, 2));
        BigDecimal monthly = Kroner.toOere(tilskud.divide(TWELVE, MathContext.DECIMAL64));
        BigDecimal cost = Kroner.toOere(base.wage().subtract(tilskud));
        ex.step("arbejdsgiverensUdgift", cost, () -> "Arbejdsgiveren betaler den fulde løn på "
                + Kroner.format(Kroner.toOere(base.wage())) + " og får " + Kroner.format(tilskud)
                + " i tilskud; nettoudgiften er " + Kroner.format(cost) + " (" + Kroner.format(monthly)
                + " i tilskud pr. måned).")
            .law(paragraph(day, 1));
        return new GammelOrdningResult(year, r.brok().code(), Kroner.toOere(base.wage()), Kroner.toOere(base.cap()),
            Kroner.toOere(base.capped()), base.perHour(), Kroner.toOere(reduction), tilskud, monthly, cost,
            RulesVersion.current(), ex.build());
    }

    /** The wage, the cap and the capped base of one year. */
    record Base(BigDecimal wage, BigDecimal cap, BigDecimal capped, BigDecimal perHour) {
    }

    private static Base yearly(GammelOrdningRequest r, LocalDate day, Rates rates, Explainer ex) {
        if (r.loen() == null) {
            throw new InvalidInputException("loen", "angiv årslønnen (--loen) eller timeløn og timer");
        }
        BigDecimal wage = nonNegative(r.loen(), "loen");
        ParameterValue cap = rates.at("gammelordning.beregningsgrundlag_aar", day);
        BigDecimal capped = Kroner.min(wage, cap.vaerdi());
        ex.step("beregningsgrundlag", Kroner.toOere(capped), () -> "Årslønnen inkl. arbejdsgiverens ATP og andre "
                + "arbejdsgiverbidrag er " + Kroner.format(Kroner.toOere(wage)) + ". Tilskuddet kan højst beregnes af "
                + Kroner.format(cap.vaerdi()) + " om året, så beregningsgrundlaget er "
                + Kroner.format(Kroner.toOere(capped)) + ".")
            .law(paragraph(day, 3))
            .param(cap)
            .input("loen", wage);
        return new Base(wage, cap.vaerdi(), capped, null);
    }

    private static Base hourly(GammelOrdningRequest r, LocalDate day, Rates rates, Explainer ex) {
        BigDecimal hourly = nonNegative(r.timeloen(), "timeloen");
        if (r.timer() == null) {
            throw new InvalidInputException("timer", "angiv timer pr. uge sammen med timelønnen");
        }
        BigDecimal hours = nonNegative(r.timer(), "timer");
        ParameterValue fullTime = rates.at("faelles.fuldtid_timer_pr_uge", day);
        if (hours.compareTo(fullTime.vaerdi()) > 0) {
            throw new InvalidInputException("timer", "der gives højst tilskud til " + Kroner.plain(fullTime.vaerdi())
                + " timer om ugen");
        }
        ParameterValue cap = rates.at("gammelordning.beregningsgrundlag_time", day);
        BigDecimal cappedHourly = Kroner.min(hourly, cap.vaerdi());
        BigDecimal perHour = Kroner.toOere(r.brok().of(cappedHourly));
        BigDecimal yearFactor = hours.multiply(WEEKS_PER_YEAR);
        BigDecimal wage = hourly.multiply(yearFactor);
        BigDecimal capped = cappedHourly.multiply(yearFactor);
        ex.step("beregningsgrundlag", Kroner.toOere(capped), () -> "Timelønnen inkl. arbejdsgiverbidrag er "
                + Kroner.format(hourly) + ". Tilskuddet kan højst beregnes af " + Kroner.format(cap.vaerdi())
                + " pr. time, så grundlaget er " + Kroner.format(cappedHourly) + " pr. time × " + Kroner.plain(hours)
                + " timer × 52 uger = " + Kroner.format(Kroner.toOere(capped)) + " om året ("
                + Kroner.format(perHour) + " i tilskud pr. time).")
            .law(paragraph(day, 3))
            .param(cap, fullTime)
            .input("timeloen", hourly).input("timer", hours);
        return new Base(wage, cap.vaerdi().multiply(yearFactor), capped, perHour);
    }

    /** The employer's monthly tilskud for an hourly wage and weekly hours: used by the old/new comparison. */
    public static BigDecimal monthlyForHours(Broek brok, BigDecimal hourlyWage, BigDecimal weeklyHours, LocalDate day,
                                             Rates rates) {
        ParameterValue cap = rates.at("gammelordning.beregningsgrundlag_time", day);
        BigDecimal cappedHourly = Kroner.min(hourlyWage, cap.vaerdi());
        BigDecimal yearly = brok.of(cappedHourly.multiply(weeklyHours).multiply(WEEKS_PER_YEAR));
        return Kroner.toOere(yearly.divide(TWELVE, MathContext.DECIMAL64));
    }

    static LegalReference paragraph(LocalDate day, int stk) {
        return day.isBefore(NEW_LAB) ? LegalReference.of(Law.LAB, "71", stk) : LegalReference.of(Law.LAB, "133", stk);
    }

    private static BigDecimal nonNegative(BigDecimal value, String field) {
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "beløbet kan ikke være negativt");
        }
        return value;
    }
}
