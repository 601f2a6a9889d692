package dk.fleksjob.rules.fleksydelse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a person knows about their fleksydelse in a calendar year. Amounts in kroner before tax.
 *
 * @param aar                         the calendar year whose rates are used
 * @param foedselsdato                birth date: decides 91 or 100 pct. and the pension rules (LFY §§ 17-18)
 * @param overgang                    the day the person goes (or went) on fleksydelse, if known; decides the
 *                                    1956-59 postponement rule and the bundfradrag for those born before 1956
 * @param livsvarigPension            expected yearly payout of lifelong pensions, as reported at the fleksydelsesalder
 * @param kapitalpension              depot value of kapitalpension
 * @param ratepension                 depot value of ratepension
 * @param andreDepoter                depot value of other time-limited or lump-sum schemes (aldersopsparing, LD …)
 * @param loebendeArbejdsgiverpension yearly employer pension paid out during the fleksydelse (LFY § 18, stk. 6 / 12)
 * @param indtaegt                    taxable income in the calculation period before the fleksydelse, without
 *                                    pension payouts (LFY § 17, stk. 4); the yearly fleksydelse cannot exceed it
 * @param indtaegtMaaneder            months the income covers when the visitation was less than a year before
 *                                    (LFY § 17, stk. 6); default 12
 * @param timer                       hours worked in one month of the year
 * @param timeloen                    hourly wage for those hours, before arbejdsmarkedsbidrag, incl. supplements
 * @param tidligereArbejdsindtaegt    work income earlier in the same calendar year (uses up the lempeligt fradrag)
 * @param parametre                   what-if overrides of parameters, id → value
 */
public record FleksydelseRequest(Integer aar, LocalDate foedselsdato, LocalDate overgang, BigDecimal livsvarigPension,
                                 BigDecimal kapitalpension, BigDecimal ratepension, BigDecimal andreDepoter,
                                 BigDecimal loebendeArbejdsgiverpension, BigDecimal indtaegt, Integer indtaegtMaaneder,
                                 BigDecimal timer, BigDecimal timeloen, BigDecimal tidligereArbejdsindtaegt,
                                 Map<String, BigDecimal> parametre) {

    public FleksydelseRequest {
        parametre = parametre == null ? Map.of() : Map.copyOf(parametre);
    }

    /** Only year and birth date: the full yearly fleksydelse without deductions. */
    public static FleksydelseRequest of(int year, LocalDate birth) {
        return new FleksydelseRequest(year, birth, null, null, null, null, null, null, null, null, null, null, null,
            null);
    }

    public FleksydelseRequest withOvergang(LocalDate date) {
        return new FleksydelseRequest(aar, foedselsdato, date, livsvarigPension, kapitalpension, ratepension,
            andreDepoter, loebendeArbejdsgiverpension, indtaegt, indtaegtMaaneder, timer, timeloen,
            tidligereArbejdsindtaegt, parametre);
    }

    public FleksydelseRequest withPensions(BigDecimal lifelong, BigDecimal capital, BigDecimal instalment) {
        return new FleksydelseRequest(aar, foedselsdato, overgang, lifelong, capital, instalment, andreDepoter,
            loebendeArbejdsgiverpension, indtaegt, indtaegtMaaneder, timer, timeloen, tidligereArbejdsindtaegt,
            parametre);
    }

    public FleksydelseRequest withWork(BigDecimal hours, BigDecimal hourlyWage, BigDecimal earlierIncome) {
        return new FleksydelseRequest(aar, foedselsdato, overgang, livsvarigPension, kapitalpension, ratepension,
            andreDepoter, loebendeArbejdsgiverpension, indtaegt, indtaegtMaaneder, hours, hourlyWage, earlierIncome,
            parametre);
    }

    public FleksydelseRequest withIndtaegt(BigDecimal income, Integer months) {
        return new FleksydelseRequest(aar, foedselsdato, overgang, livsvarigPension, kapitalpension, ratepension,
            andreDepoter, loebendeArbejdsgiverpension, income, months, timer, timeloen, tidligereArbejdsindtaegt,
            parametre);
    }

    public FleksydelseRequest withLoebendeArbejdsgiverpension(BigDecimal yearly) {
        return new FleksydelseRequest(aar, foedselsdato, overgang, livsvarigPension, kapitalpension, ratepension,
            andreDepoter, yearly, indtaegt, indtaegtMaaneder, timer, timeloen, tidligereArbejdsindtaegt, parametre);
    }

    public FleksydelseRequest withParametre(Map<String, BigDecimal> overrides) {
        return new FleksydelseRequest(aar, foedselsdato, overgang, livsvarigPension, kapitalpension, ratepension,
            andreDepoter, loebendeArbejdsgiverpension, indtaegt, indtaegtMaaneder, timer, timeloen,
            tidligereArbejdsindtaegt, overrides);
    }
}
