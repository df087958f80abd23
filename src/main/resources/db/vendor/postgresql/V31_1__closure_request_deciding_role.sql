-- The role at the request's level: the level-th name in its comma-separated levels.
update closure_request set deciding_role = split_part(levels, ',', current_level + 1);
alter table closure_request alter column deciding_role set not null;
create index closure_request_waiting on closure_request (status, deciding_role, requested_at);
-- statistics of the new column now: without them the planner takes the 25,000 closures a province's office decides
-- for a few hundred and looks each one's problem up by its id (160 ms for the workbench's count instead of 45 ms)
analyze closure_request;
