package dk.fleksjob.store;

import dk.fleksjob.rules.fleksloentilskud.Maanedsloen;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A fleksjob employment: employer, hours, intensity and wage as agreed (LAB § 122).
 *
 * @param id      the store's id
 * @param terms   what was agreed
 * @param version for optimistic locking
 */
public record Employment(long id, long personId, Terms terms, int version) {

    /**
     * @param cvr            the employer
     * @param fra            first day
     * @param til            last day, or null while it lasts
     * @param timerPrUge     hours a week at the workplace
     * @param intensitet     work intensity (1 = 100 pct.)
     * @param timeloen       hourly wage without pension
     * @param pensionProcent the own and the employer's pension contribution together, in pct. of the hourly wage
     * @param fuldtidsloen   the lønloft the employer states: the full-time monthly wage incl. pension and
     *                       allowances (LAB § 123, stk. 3; BEK § 12), or null if not yet stated
     * @param foersteFleksjob whether this is the person's first fleksjob (a first fleksjob is always granted for 5
     *                       years, LAB § 120, stk. 1; a permanent one can only follow it, § 120, stk. 2), or null if
     *                       not stated
     */
    public record Terms(Cvr cvr, LocalDate fra, LocalDate til, BigDecimal timerPrUge, BigDecimal intensitet,
                        BigDecimal timeloen, BigDecimal pensionProcent, BigDecimal fuldtidsloen, Boolean foersteFleksjob) {

        /** The terms without saying whether it is the first fleksjob (null: not stated). */
        public Terms(Cvr cvr, LocalDate fra, LocalDate til, BigDecimal timerPrUge, BigDecimal intensitet,
                     BigDecimal timeloen, BigDecimal pensionProcent, BigDecimal fuldtidsloen) {
            this(cvr, fra, til, timerPrUge, intensitet, timeloen, pensionProcent, fuldtidsloen, null);
        }

        /** The same terms with {@code foersteFleksjob} set (null: not stated). */
        public Terms withFoersteFleksjob(Boolean value) {
            return new Terms(cvr, fra, til, timerPrUge, intensitet, timeloen, pensionProcent, fuldtidsloen, value);
        }
    }

    public boolean overlaps(YearMonth month) {
        return !terms.fra().isAfter(month.atEndOfMonth()) && (terms.til() == null || !terms.til().isBefore(month.atDay(1)));
    }

    /** Hourly wage incl. the pension contributions: the wage that counts as lønindtægt (BEK § 1, stk. 1, nr. 1–2). */
    public BigDecimal hourlyWageInclPension() {
        return terms.timeloen().multiply(BigDecimal.ONE.add(terms.pensionProcent().movePointLeft(2)), MathContext.DECIMAL64);
    }

    /**
     * The expected monthly wage incl. pension: effective hours (hours × intensity) × hourly wage incl. pension ×
     * 52 / 12, rounded as STAR does. Used only until the month's wage is reported (BEK § 4, stk. 2).
     */
    public BigDecimal expectedMonthlyWage() {
        return Maanedsloen.fromHourly(hourlyWageInclPension(), terms.timerPrUge().multiply(terms.intensitet()));
    }
}
