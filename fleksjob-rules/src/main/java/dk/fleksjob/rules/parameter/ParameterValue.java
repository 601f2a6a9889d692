package dk.fleksjob.rules.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A parameter as used in one calculation: which value, from when, and how we know it.
 *
 * @param id          parameter id
 * @param navn        Danish name
 * @param vaerdi      the value used
 * @param enhed       its unit code (kr/md, pct, ...)
 * @param gyldigFra   the first day of the value used (null for a what-if override)
 * @param gyldigTil   the last day of the value used (null for a what-if override)
 * @param proveniens  published, secondary, derived or override
 * @param kilde       where it is printed (null for an override)
 * @param afledning   how a derived value was computed
 */
public record ParameterValue(String id, String navn, BigDecimal vaerdi, String enhed, LocalDate gyldigFra,
                             LocalDate gyldigTil, Provenance proveniens, Source kilde, String afledning) {

    /** A percentage as a fraction: 98 pct. → 0.98. */
    public BigDecimal asFraction() {
        return vaerdi.movePointLeft(2);
    }

    public boolean overridden() {
        return proveniens == Provenance.OVERRIDE;
    }
}
