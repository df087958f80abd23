-- The report's opening as the unit edited it (null: composed from the ledger), and the contact that the public
-- notice invites readers to use.
alter table report_settings add column opening varchar(4000);
alter table report_settings add column contact_phone varchar(100);
alter table report_settings add column contact_address varchar(300);
alter table report_settings add column contact_email varchar(200);
