-- A person's payouts (the case page, the decision letters) are read by person_id. Until V7 the unique key began
-- with it; PostgreSQL makes no index for a foreign key by itself. H2 does (db/vendor/h2/V8 is empty).
create index ix_udbetaling_person on udbetaling (person_id);
