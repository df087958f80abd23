-- The ledger's default order (newest inspection first, then the problems' numbers) as an index, so the first page
-- of a whole province's ledger is read from it instead of sorting every problem.
create index problem_ledger_order on problem (inspection_id desc, seq);
