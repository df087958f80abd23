-- Words the public version would mask as suspected names that the unit confirmed are no names, one a line.
alter table report_settings add column not_names varchar(2000);
