package dk.fleksjob.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The append-only audit log: every change the store makes is written here in the same transaction as the change,
 * so a change without its audit line cannot happen. There is no method to change or delete a line, and the
 * database refuses it too: migration {@code V2__audit_append_only} puts a trigger on the table that makes every
 * UPDATE and DELETE fail (PostgreSQL also TRUNCATE), on H2 with {@link AuditAppendOnlyTrigger}.
 */
public final class AuditLog {

    private final Db db;
    private final Clock clock;

    AuditLog(Db db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void append(Connection c, Caseworker who, String action, String object, Long objectId, Long personId,
                String details) throws SQLException {
        Db.update(c, "insert into audit_log (tidspunkt, bruger, jobcenter, handling, objekt, objekt_id, person_id, "
                + "detaljer) values (?, ?, ?, ?, ?, ?, ?, ?)", clock.instant(), who.ident(), who.jobcenter(), action,
            object, objectId, personId, Redact.cpr(details));
    }

    /** Appends a line in its own transaction (for events that change nothing else, e.g. a rejected import). */
    public void append(Caseworker who, String action, String details) {
        db.tx(c -> {
            append(c, who, action, null, null, null, details);
            return null;
        });
    }

    /** The lines about one person, newest first; only for a person in the caseworker's jobcentre. */
    public List<AuditEntry> forPerson(Caseworker who, long personId) {
        return db.tx(c -> {
            Cases.requirePerson(c, who, personId);
            return Db.query(c, "select * from audit_log where person_id = ? order by id desc", AuditLog::map, personId);
        });
    }

    /** The newest lines of the caseworker's jobcentre (all lines for a system user). */
    public List<AuditEntry> recent(Caseworker who, int limit) {
        return db.tx(c -> who.isSystem()
            ? Db.query(c, "select * from audit_log order by id desc fetch first " + limit + " rows only", AuditLog::map)
            : Db.query(c, "select * from audit_log where jobcenter = ? order by id desc fetch first " + limit
                + " rows only", AuditLog::map, who.jobcenter()));
    }

    static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Db.instant(rs, "tidspunkt"), rs.getString("bruger"),
            rs.getString("jobcenter"), rs.getString("handling"), rs.getString("objekt"), Db.longOrNull(rs, "objekt_id"),
            Db.longOrNull(rs, "person_id"), rs.getString("detaljer"));
    }
}
