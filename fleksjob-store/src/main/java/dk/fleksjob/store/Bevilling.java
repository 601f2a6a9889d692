package dk.fleksjob.store;

import java.time.LocalDate;

/**
 * Bevilling — the grant of a fleksjob: temporary for 5 years (LAB § 120, stk. 1) or permanent (§ 120, stk. 2).
 * When a temporary grant ends, the person stays in the scheme until the jobcentre has decided (§ 121, stk. 4), so
 * a passed end date is a point for a caseworker, never a reason to stop a payment.
 *
 * @param til the last day, or null (permanent)
 */
public record Bevilling(long id, long personId, Type type, LocalDate fra, LocalDate til, int version) {

    public enum Type {
        MIDLERTIDIG,
        PERMANENT
    }

    public boolean covers(LocalDate day) {
        return !fra.isAfter(day) && (til == null || !til.isBefore(day));
    }
}
