package dk.fleksjob.store;

import java.time.Instant;

/**
 * One line of the audit log: who did what, when. The log is append-only: the store has no way to change or delete
 * a line. Details never contain a full CPR number.
 */
public record AuditEntry(long id, Instant tidspunkt, String bruger, String jobcenter, String handling, String objekt,
                         Long objektId, Long personId, String detaljer) {
}
