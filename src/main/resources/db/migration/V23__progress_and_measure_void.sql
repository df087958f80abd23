-- A progress entry filed by mistake is voided with a reason: it stays on the problem's timeline, struck through,
-- and in the history, but no longer counts as progress (last progress, the ledger, the documents).
alter table progress_report add column voided_at timestamp with time zone;
alter table progress_report add column voided_by bigint references app_user (id);
alter table progress_report add column void_reason varchar(500);
-- A measure taken out of a plan after it was submitted says why.
alter table measure add column removal_reason varchar(500);
