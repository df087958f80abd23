-- Why a problem's deadline falls after the inspection's due date for rectification (长期整改 excepted).
alter table problem add column deadline_reason varchar(500);
