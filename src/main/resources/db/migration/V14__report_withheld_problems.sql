-- Problems (by their number in the inspection) the public version leaves out, comma separated.
alter table report_settings add column withheld_problems varchar(4000);
