-- Entering a problem asks which of the unit's closed and long-term problems its title repeats (SimilarProblems,
-- decision 0015): the titles of those problems in the unit's inspections, filtered by a few "title like '%字字%'".
-- They are read from this index alone (while autovacuum keeps the table's pages all-visible) instead of from the
-- table, one page for almost every row: at 500,000 problems, a unit's 1,250 such titles from 24 index pages instead
-- of 293 table pages, 1.5 → 1.1 ms a check. Problems being entered are not closed or ongoing, so the index costs
-- nothing when they are inserted; about 22 MB at 250,000 closed and ongoing problems.
create index problem_repeat_titles on problem (inspection_id) include (id, status, title)
    where status in ('CLOSED', 'ONGOING');
