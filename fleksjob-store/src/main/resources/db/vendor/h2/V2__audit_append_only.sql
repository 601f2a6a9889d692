-- The audit log is append-only in the database too, not only by the store's API (issue 6). H2: a Java row trigger
-- (dk.fleksjob.store.AuditAppendOnlyTrigger, in the store's jar) that throws on every UPDATE and DELETE. H2 has no
-- TRUNCATE trigger; the store never truncates (see docs/sager.md). The PostgreSQL version of this migration is in
-- db/vendor/postgresql.
create trigger audit_log_append_only before update, delete on audit_log
    for each row call 'dk.fleksjob.store.AuditAppendOnlyTrigger';
