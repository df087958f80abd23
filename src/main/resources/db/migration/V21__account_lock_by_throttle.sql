-- Wrong passwords are counted per account and address in sign_in_throttle; the account's own counters are gone.
alter table app_user drop column failed_attempts;
alter table app_user drop column locked_until;
