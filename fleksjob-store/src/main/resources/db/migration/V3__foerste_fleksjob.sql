-- Whether an employment is the person's first fleksjob (issue 6). A first fleksjob is always granted for 5 years
-- (LAB § 120, stk. 1); a permanent fleksjob can only follow it (§ 120, stk. 2). Null = not stated: the deadline
-- calendar then assumes it is the first, the cautious reading. Standard SQL for H2 and PostgreSQL.
alter table ansaettelse add column foerste_fleksjob boolean;
