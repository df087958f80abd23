-- Progress the inspection office entered for a unit (代录) says so, on the page and in the history.
alter table progress_report add column on_behalf boolean not null default false;
