-- A payout's input is from now on stored compressed with a dictionary (StoredGrundlag): about 140 bytes instead of
-- 500, for each of 110.000 payouts in a national month (docs/benchmarks.md, "Store"). Payouts stored before keep
-- their JSON as text in grundlag; each row has one of the two.
alter table udbetaling add column grundlag_z bytea;
alter table udbetaling alter column grundlag drop not null;
alter table udbetaling add constraint ck_udbetaling_grundlag check (grundlag is not null or grundlag_z is not null);
