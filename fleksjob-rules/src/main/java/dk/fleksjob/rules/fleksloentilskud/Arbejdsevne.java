package dk.fleksjob.rules.fleksloentilskud;

import dk.fleksjob.rules.InvalidInputException;
import dk.fleksjob.rules.money.Kroner;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Arbejdsevne — work capacity in a fleksjob: the weekly hours at the workplace times the work intensity give the
 * effective hours the employer pays for.
 *
 * <p>Legal basis: LAB § 122 (the employer pays wage for the work actually done) and the Vejledning om fleksjob;
 * bm.dk: »ansætter en arbejdsgiver en medarbejder i fleksjob i 20 timer om ugen, og personen har en
 * arbejdsintensitet på 50 procent, så skal arbejdsgiveren betale løn svarende til 10 timer.«
 *
 * @param timer       hours a week at the workplace
 * @param intensitet  work intensity, above 0 and at most 1 (1 = 100 pct.)
 */
public record Arbejdsevne(BigDecimal timer, BigDecimal intensitet) {

    public Arbejdsevne {
        if (timer == null || timer.signum() < 0) {
            throw new InvalidInputException("timer", "timer pr. uge skal være 0 eller mere");
        }
        if (intensitet == null || intensitet.signum() <= 0 || intensitet.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("intensitet", "intensiteten skal være over 0 og højst 1 (100 pct.)");
        }
    }

    /** Effective hours a week: hours × intensity, to two decimals. */
    public BigDecimal effektiveTimer() {
        return timer.multiply(intensitet).setScale(2, RoundingMode.HALF_UP);
    }

    /** The intensity in percent, for explanations: 0.5 → "50". */
    public String intensitetProcent() {
        return Kroner.plain(intensitet.movePointRight(2));
    }
}
