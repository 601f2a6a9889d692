-- Every payout run compares each person's subsidy with the month before (the unusual-change check): it reads the
-- month before's subsidies, 110.000 in a national month. Through the unique key alone H2 fetched each of those
-- payout rows whole, with its input and explanation, and by then most of them had left its page cache: 0,7-0,9 s
-- of a warm run on its own. From this index alone it takes about 0,1 s (docs/benchmarks.md, "Store").
create index ix_udbetaling_tilskud on udbetaling (maaned, person_id, loebenummer, beregnet_tilskud);
