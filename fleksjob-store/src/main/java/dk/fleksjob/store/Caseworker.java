package dk.fleksjob.store;

import java.util.Objects;

/**
 * Who acts: a caseworker (or a system job) and the jobcentre whose cases they may see. Every query of the store
 * takes one, so a caseworker never sees another jobcentre's cases; every change is written to the audit log
 * under {@link #ident()}.
 *
 * @param ident     the user's login name, as the audit log shows it
 * @param jobcenter the jobcentre's id (e.g. the kommune number "0101"), or {@code null} for a system job that
 *                  works across jobcentres (the national payout run)
 */
public record Caseworker(String ident, String jobcenter) {

    public Caseworker {
        Objects.requireNonNull(ident, "ident");
    }

    /** A system job across all jobcentres (the payout run started from the CLI). */
    public static Caseworker system(String ident) {
        return new Caseworker(ident, null);
    }

    public boolean isSystem() {
        return jobcenter == null;
    }
}
