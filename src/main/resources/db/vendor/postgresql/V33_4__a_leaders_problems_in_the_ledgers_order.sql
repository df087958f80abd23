-- A leader's problems in the ledger's default order, with each problem's id and aspect, so that the ledger of one
-- responsible person reads the problems they lead from this index alone and stops at the end of the page
-- (ProblemSql.RESPONSIBLE_USER_PARTS): a unit's leader's first page looked up and sorted all 2,500 of them (5.7 ms),
-- now it reads 51 index entries (0.1 ms). It replaces the leaders' index of V29, whose first column it shares, so a
-- problem written keeps the same number of indexes.
drop index problem_leader;
create index problem_leader_order on problem (responsible_leader_id, inspection_id desc, seq) include (id, category_id);
