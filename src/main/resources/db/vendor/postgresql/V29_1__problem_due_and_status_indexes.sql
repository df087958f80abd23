-- The warnings are worked out from the date a problem is due (ProblemSql.DUE: the next review date while ongoing,
-- the deadline otherwise). Two indexes on that expression, written exactly as the queries write it:
-- the open problems by due date, for "due soon" and "overdue" (the workbench's counts, the ledger's warning filter,
-- the reminders), carrying the columns the scope joins on so the count needs no other read;
create index problem_open_due on problem ((case when status = 'ONGOING' then next_review_date else deadline end))
    include (inspection_id, category_id) where status <> 'CLOSED';
-- and the ledger's order "by warning" (open before closed, then by due date), so its first page is read in order
-- instead of sorting a province's problems.
create index problem_warning_order on problem ((case when status = 'CLOSED' then 1 else 0 end),
    (case when status = 'ONGOING' then next_review_date else deadline end), inspection_id desc, seq);
-- Problems of one status within a scope (the plans waiting for review on the workbench, the ledger's status figures)
-- are counted from the index alone: it carries the columns those counts join and filter on.
create index problem_status_scope on problem (status, inspection_id) include (id, cycle);
drop index problem_status;
-- Statistics of the indexed expressions now, not at the next automatic analysis: without them the planner guesses
-- that "due in the next ten days" matches a few hundred of a province's problems and sorts them all (0.48 s for the
-- due-soon page instead of 5 ms).
analyze problem;
