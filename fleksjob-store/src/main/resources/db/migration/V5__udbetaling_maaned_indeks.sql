-- Every payout run reads, for the month it pays, the newest row of each person (is the input the same, or is this an
-- efterregulering?) and, for the month before, each person's subsidy (the unusual-change check): 110.000 rows each
-- in a national month. With these columns in the month index, H2 and PostgreSQL answer both from the index alone
-- instead of fetching each payout row with its input and explanation (docs/benchmarks.md, "Store").
drop index ix_udbetaling_maaned;
create index ix_udbetaling_maaned on udbetaling (maaned, person_id, loebenummer, beregnet_tilskud, beregnet_atp,
    grundlag_sha256);
