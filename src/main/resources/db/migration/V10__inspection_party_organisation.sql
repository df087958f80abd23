-- The Party organisation inspected (中共石龙区科学技术协会党组, short 区科协党组): the report speaks of it and is
-- signed by it.
alter table inspection add column party_organisation varchar(200);
alter table inspection add column party_organisation_short varchar(100);
