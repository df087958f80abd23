-- The role at the request's level: the level-th name in its comma-separated levels.
update closure_request set deciding_role = regexp_substr(levels, '[^,]+', 1, current_level + 1);
alter table closure_request alter column deciding_role set not null;
create index closure_request_waiting on closure_request (status, deciding_role, requested_at);
