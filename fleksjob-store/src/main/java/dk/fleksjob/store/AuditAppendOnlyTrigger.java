package dk.fleksjob.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The audit log's guard on H2: a row trigger ({@code db/vendor/h2/V2__audit_append_only.sql}) that refuses every
 * UPDATE and DELETE on {@code audit_log}, as the PostgreSQL trigger of the same migration does. The store's own
 * code never changes a line; this makes the database refuse it too, whoever asks.
 */
public final class AuditAppendOnlyTrigger implements Trigger {

    /** The SQL state PostgreSQL gives a plain {@code RAISE EXCEPTION} (raise_exception); the same on both. */
    static final String SQL_STATE = "P0001";
    static final String MESSAGE = "audit_log er kun til tilføjelse: linjer kan ikke ændres eller slettes";

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(MESSAGE, SQL_STATE);
    }
}
