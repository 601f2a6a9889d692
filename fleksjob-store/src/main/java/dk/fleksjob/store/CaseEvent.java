package dk.fleksjob.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Hændelse — a fact a caseworker registers on a case. None of them changes a payment by itself: the payout run
 * turns each into a point "skal afklares" for the month it falls in.
 */
public record CaseEvent(long id, long personId, Type type, LocalDate dato, String note, String registreretAf,
                        Instant registreret) {

    public enum Type {
        /** Afvist tilbud: the person refused an offered job or activity. */
        AFVIST_TILBUD,
        /** Opsagt: the person quit or was dismissed. */
        OPSAGT,
        /** Sygdom: sickness (with or without wage, LAB § 124; BEK §§ 7–8). */
        SYGDOM,
        /** Flytning: moved to another kommune (the right to the subsidy is kept, LAB § 123, stk. 4). */
        FLYTNING
    }
}
