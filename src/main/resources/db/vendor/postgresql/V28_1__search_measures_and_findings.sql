-- The search over everything the caller may see (GET /api/v1/search) finds measures and look-back findings the way
-- the ledger finds problems: each ideograph indexed with its position (rectify_search_vector of V25_1).
alter table measure add column search_vector tsvector
    generated always as (rectify_search_vector(text)) stored;
create index measure_search_vector on measure using gin (search_vector);

alter table look_back_item add column search_vector tsvector
    generated always as (rectify_search_vector(coalesce(findings, ''))) stored;
create index look_back_item_search_vector on look_back_item using gin (search_vector);
