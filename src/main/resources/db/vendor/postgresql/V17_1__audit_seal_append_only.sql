-- On PostgreSQL the database refuses to change, remove or empty audit records and their seals, whoever connects;
-- TRUNCATE is refused too (a row trigger does not see it).
create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end;
$$;

create trigger audit_seal_no_update_or_delete
    before update or delete on audit_seal
    for each row execute function audit_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_append_only();
create trigger audit_seal_no_truncate
    before truncate on audit_seal
    for each statement execute function audit_append_only();
