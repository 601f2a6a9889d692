-- The audit log is append-only in the database too, not only by the store's API (issue 6). PostgreSQL: a trigger
-- function that raises an error, fired before every UPDATE and DELETE (per row) and before TRUNCATE (per statement,
-- which row triggers do not see). The H2 version of this migration is in db/vendor/h2.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log er kun til tilføjelse: linjer kan ikke ændres eller slettes';
end;
$$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only();

create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
