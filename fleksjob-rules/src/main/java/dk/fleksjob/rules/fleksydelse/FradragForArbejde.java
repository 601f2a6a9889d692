package dk.fleksjob.rules.fleksydelse;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.explain.Explainer;
import dk.fleksjob.rules.explain.Flag;
import dk.fleksjob.rules.money.Kroner;
import dk.fleksjob.rules.parameter.ParameterValue;
import dk.fleksjob.rules.parameter.Provenance;
import dk.fleksjob.rules.parameter.Rates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * Fradrag for arbejde — the hour-for-hour reduction of the fleksydelse for paid work, with the lempeligt fradrag.
 *
 * <p>LFY § 20, stk. 2: »Fradraget … foretages forholdsmæssigt i fleksydelsen afhængig af den gennemsnitlige
 * ugentlige arbejdstid. Nedsættelsen foretages efter, at der er foretaget fradrag for pension«. The proportion follows
 * the dagpenge payment rules (BEK om fleksydelse § 31): a month counts as 160,33 hours. Stk. 3 (the lempeligt
 * fradrag): »Inden for de første 30.000 kroners arbejdsindtægt (2007-niveau) i et kalenderår foretages fradrag for
 * arbejde med kontrollabel arbejdstid, hvor timelønnen ligger under den … gældende omregningssats …, for det antal
 * timer, der fremkommer ved at dividere indtægten med den … gældende omregningssats. Hvis timelønnen er under et beløb
 * svarende til sygedagpengenes højeste beløb på timebasis, ansættes den dog til dette beløb.« BEK § 32, stk. 1, nr.
 * 1: a wage above the omregningssats gives the actual hours; stk. 7: the limit falls by a quarter for each whole
 * quarter of the year without fleksydelse; stk. 8: income at a raised wage counts as hours × that wage; § 33, stk.
 * 2: in the month the limit is reached, only the income above it is deducted hour for hour. LFY § 20, stk. 3, last
 * sentence: no fleksydelse for a month with more than 128 hours of actual work.
 *
 * <p>Rounding: the hours are shown to two decimals, as borger.dk does (»4.000 kr. / 241,73 kr. = 16,55 timer«), and
 * that rounded figure is deducted; the deduction in kroner is rounded to the øre.
 */
final class FradragForArbejde {

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private FradragForArbejde() {
    }

    record Amounts(BigDecimal hours, BigDecimal deduction, boolean overMaxHours) {
    }

    static Amounts calculate(BigDecimal monthly, BigDecimal hours, BigDecimal hourlyWage, BigDecimal earlierIncome,
                             int quartersWithout, int year, Rates rates, Explainer ex) {
        if (hours == null || hours.signum() == 0) {
            if (hourlyWage != null || earlierIncome != null) {
                throw new InvalidInputException("timer", "angiv timer i måneden (--timer) sammen med timelønnen");
            }
            return new Amounts(BigDecimal.ZERO.setScale(2), Kroner.ZERO, false);
        }
        if (hours.signum() < 0) {
            throw new InvalidInputException("timer", "timetallet kan ikke være negativt");
        }
        if (hourlyWage == null) {
            throw new InvalidInputException("timeloen", "angiv timelønnen (--timeloen), så fradraget kan beregnes");
        }
        if (hourlyWage.signum() < 0) {
            throw new InvalidInputException("timeloen", "timelønnen kan ikke være negativ");
        }
        BigDecimal earlier = earlierIncome == null ? BigDecimal.ZERO : earlierIncome;
        if (earlier.signum() < 0) {
            throw new InvalidInputException("tidligereArbejdsindtaegt", "beløbet kan ikke være negativt");
        }
        YearMonth january = YearMonth.of(year, 1);
        ParameterValue maxHours = rates.forMonth("fleksydelse.maks_timer_pr_maaned", january);
        if (hours.compareTo(maxHours.vaerdi()) > 0) {
            ex.step("fradragTimer", hours, () -> "Du har arbejdet " + Kroner.plain(hours) + " timer i måneden. Det er "
                    + "over " + Kroner.plain(maxHours.vaerdi()) + " timer, så der udbetales ingen fleksydelse for "
                    + "måneden.")
                .unit("timer").law(Hjemmel.lfy("20", 3), Hjemmel.bek("32", 6)).param(maxHours)
                .input("timer", hours);
            return new Amounts(hours.setScale(2, RoundingMode.HALF_UP), monthly, true);
        }

        ParameterValue weekly = Fleksydelsesbeloeb.weeklyMaximum(year, rates);
        ParameterValue fullTime = rates.forMonth("faelles.fuldtid_timer_pr_uge", january);
        ParameterValue omregning = rates.forMonth("fleksydelse.omregningssats", january);
        ParameterValue limitParam = rates.forMonth("fleksydelse.lempeligt_fradrag", january);
        BigDecimal sickHourly = Kroner.toOere(weekly.vaerdi().divide(fullTime.vaerdi(), 10, RoundingMode.HALF_UP));
        BigDecimal wage = Kroner.max(hourlyWage, sickHourly);
        BigDecimal income = Kroner.toOere(hours.multiply(wage));
        BigDecimal limit = Kroner.toWholeKroner(limitParam.vaerdi().multiply(FOUR.subtract(BigDecimal.valueOf(quartersWithout)))
            .divide(FOUR, 10, RoundingMode.HALF_UP));
        BigDecimal remaining = Kroner.max(BigDecimal.ZERO, limit.subtract(earlier));

        BigDecimal deductedHours;
        if (wage.compareTo(omregning.vaerdi()) >= 0 || remaining.signum() == 0) {
            deductedHours = hours.setScale(2, RoundingMode.HALF_UP);
            boolean aboveRate = wage.compareTo(omregning.vaerdi()) >= 0;
            ex.step("fradragTimer", deductedHours, () -> aboveRate
                    ? "Din timeløn " + Kroner.format(wage) + " er ikke under omregningssatsen "
                        + Kroner.format(omregning.vaerdi()) + ", så der trækkes time for time: "
                        + Kroner.number(deductedHours, 2) + " timer."
                    : "Du har allerede tjent " + Kroner.format(earlier) + " i " + year + ", så grænsen for lempeligt "
                        + "fradrag på " + Kroner.format(limit) + " er brugt. Der trækkes time for time: "
                        + Kroner.number(deductedHours, 2) + " timer.")
                .unit("timer").law(Hjemmel.lfy("20", 2), Hjemmel.lfy("20", 3), Hjemmel.bek("32", 1),
                    Hjemmel.bek("33", 1))
                .param(omregning, limitParam).input("timer", hours).input("timeloen", hourlyWage);
        } else {
            BigDecimal lenient = Kroner.min(income, remaining);
            BigDecimal rest = income.subtract(lenient);
            BigDecimal exact = lenient.divide(omregning.vaerdi(), 10, RoundingMode.HALF_UP)
                .add(rest.divide(wage, 10, RoundingMode.HALF_UP));
            deductedHours = exact.setScale(2, RoundingMode.HALF_UP);
            var step = ex.step("fradragTimer", deductedHours, () -> lenientText(hours, hourlyWage, sickHourly, wage,
                    income, lenient, rest, omregning.vaerdi(), limit, earlier, deductedHours, year))
                .unit("timer").law(Hjemmel.lfy("20", 3), Hjemmel.bek("32", 1), Hjemmel.bek("32", 8),
                    Hjemmel.bek("33", 2))
                .param(omregning, limitParam, weekly, fullTime).input("timer", hours).input("timeloen", hourlyWage);
            if (quartersWithout > 0) {
                step.child("lempeligtFradragGraense", limit, () -> "Grænsen " + Kroner.format(limitParam.vaerdi())
                        + " er nedsat med en fjerdedel for hvert af de " + quartersWithout + " hele kvartaler i "
                        + year + " uden fleksydelse: " + Kroner.format(limit) + ".")
                    .law(Hjemmel.lfy("20", 4), Hjemmel.bek("32", 7));
            }
            if (omregning.proveniens() == Provenance.DERIVED) {
                step.flag(Flag.uafklaret("Omregningssatsen for " + year + " er ikke fundet offentliggjort; vi bruger "
                    + "et skøn på " + Kroner.format(omregning.vaerdi()) + " pr. time. Ret den med --parameter "
                    + "fleksydelse.omregningssats=…, når satsen kendes.", Hjemmel.lfy("20", 3)));
            }
        }

        ParameterValue monthHours = rates.forMonth("fleksydelse.timer_pr_maaned", january);
        BigDecimal deduction = Kroner.min(monthly, Kroner.toOere(monthly.multiply(deductedHours)
            .divide(monthHours.vaerdi(), 10, RoundingMode.HALF_UP)));
        ex.step("fradragArbejde", deduction, () -> "Fradrag for arbejde: " + Kroner.number(deductedHours, 2)
                + " timer af " + Kroner.plain(monthHours.vaerdi()) + " timer i en måned: " + Kroner.format(monthly)
                + " × " + Kroner.number(deductedHours, 2) + " / " + Kroner.plain(monthHours.vaerdi()) + " = "
                + Kroner.format(deduction) + ".")
            .law(Hjemmel.lfy("20", 2), Hjemmel.bek("31", 1)).param(monthHours);
        return new Amounts(deductedHours, deduction, false);
    }

    private static String lenientText(BigDecimal hours, BigDecimal hourlyWage, BigDecimal sickHourly, BigDecimal wage,
                                      BigDecimal income, BigDecimal lenient, BigDecimal rest, BigDecimal omregning,
                                      BigDecimal limit, BigDecimal earlier, BigDecimal deductedHours, int year) {
        StringBuilder t = new StringBuilder();
        if (hourlyWage.compareTo(sickHourly) < 0) {
            t.append("Din timeløn ").append(Kroner.format(hourlyWage)).append(" er under sygedagpengenes højeste beløb ")
                .append("pr. time, så den sættes til ").append(Kroner.format(sickHourly)).append(". ");
        }
        t.append("Du har tjent ").append(Kroner.plain(hours)).append(" timer × ").append(Kroner.format(wage))
            .append(" = ").append(Kroner.format(income)).append(". Timelønnen er under omregningssatsen ")
            .append(Kroner.format(omregning)).append(", og af de første ").append(Kroner.format(limit))
            .append(" i ").append(year).append(" har du brugt ").append(Kroner.format(earlier)).append(". ");
        if (rest.signum() == 0) {
            t.append("Derfor trækkes ikke de faktiske timer, men ").append(Kroner.format(lenient)).append(" / ")
                .append(Kroner.format(omregning)).append(" = ").append(Kroner.number(deductedHours, 2))
                .append(" timer.");
        } else {
            t.append("Derfor trækkes ").append(Kroner.format(lenient)).append(" / ").append(Kroner.format(omregning))
                .append(" timer for den del, der er inden for grænsen, og de faktiske timer for resten (")
                .append(Kroner.format(rest)).append(" / ").append(Kroner.format(wage)).append("): i alt ")
                .append(Kroner.number(deductedHours, 2)).append(" timer.");
        }
        return t.toString();
    }
}
