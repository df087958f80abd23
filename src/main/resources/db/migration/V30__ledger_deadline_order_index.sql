-- The ledger's order "by deadline" (earliest first, then as the default order) as an index: a province's first page
-- sorted by deadline was found by sorting every problem sharing the earliest deadline (2,079 in bench/province.sh,
-- 45 ms per page) instead of reading them in order (0.4 ms). It also serves whatever the single-column index did.
create index problem_deadline_order on problem (deadline, inspection_id desc, seq);
drop index problem_deadline;
