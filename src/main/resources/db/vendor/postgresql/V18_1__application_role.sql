-- When the application connects as a role of its own (not the owner that runs these migrations), it may read and
-- write the ledger but only add to the audit log: no UPDATE, DELETE or TRUNCATE there, and, owning nothing, it
-- cannot disable a trigger or drop a table. Tables made by later migrations get the same rights.
do $$
declare
    app text := '${app_role}';
begin
    if app is null or app = '' or app = current_user
            or not exists (select 1 from pg_roles where rolname = app) then
        return;
    end if;
    execute format('grant usage on schema %I to %I', current_schema(), app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), app);
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app);
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                   current_schema(), app);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
                   current_schema(), app);
    execute format('revoke update, delete, truncate on audit_event, audit_seal from %I', app);
end
$$;
