-- A file filed by mistake (a wrong photo) is voided with a reason: it stays on record and in the history, but
-- leaves the lists, the documents and the evidence packages.
alter table attachment add column voided_at timestamp with time zone;
alter table attachment add column voided_by bigint references app_user (id);
alter table attachment add column void_reason varchar(500);
