-- The ledger's default order and its order by deadline also carry each problem's status, deadline and next review
-- date: what the warning filters ("due soon", "overdue") and a status filter test (ProblemSql.DUE). A filtered first
-- page walks the order until it has found its fifty rows; it now tests each row in the index instead of visiting the
-- table for it. The walk is longest when the newest inspection's problems, just entered and not yet due, lead the
-- order: with 14,672 of them ahead, the province's "due soon" page walked 16,278 rows in 19 ms, reading the table
-- for each (15,558 pages); now 4.3 ms (985 pages). The columns were already indexed, so updating them costs no
-- more than it did.
drop index problem_ledger_order;
create index problem_ledger_order on problem (inspection_id desc, seq)
    include (id, category_id, status, deadline, next_review_date);
drop index problem_deadline_order;
create index problem_deadline_order on problem (deadline, inspection_id desc, seq)
    include (id, category_id, status, next_review_date);
