-- Text search over problems that answers from an index for Chinese words of any length (two characters are the
-- most common query). Chinese has no spaces to split words at, so a text is indexed by its character bigrams:
-- "经费管理" gives 经费, 费管, 管理 and the last character 理. A query must contain all the bigrams of each of
-- its words (a one-character word: a bigram or last character starting with it); the ledger then checks the text
-- itself with LIKE, so only exact matches are shown. Letters and digits count as word characters too; everything
-- else (punctuation, spaces, full-width signs) separates words. See docs/decisions/0008.

-- The words of a text: runs of ASCII letters and digits and CJK ideographs, lower-cased.
create function rectify_words(t text) returns setof text language sql immutable strict parallel safe as $$
    select w from regexp_split_to_table(lower(t), '[^0-9a-z\u3400-\u9fff\uf900-\ufaff]+') w where w <> ''
$$;

create function rectify_grams(t text) returns tsvector language sql immutable parallel safe as $$
    select coalesce(array_to_tsvector(array_agg(distinct g)), ''::tsvector)
    from (select substr(w, i, case when i = char_length(w) then 1 else 2 end) g
          from rectify_words(coalesce(t, '')) w, generate_series(1, char_length(w)) i) grams
$$;

-- The query for a search text: null when it has no word characters (the ledger then checks LIKE alone).
create function rectify_gram_query(t text) returns tsquery language sql immutable parallel safe as $$
    select string_agg(q, ' & ')::tsquery
    from (select case when char_length(w) = 1 then w || ':*' else substr(w, i, 2) end q
          from rectify_words(coalesce(t, '')) w,
               generate_series(1, greatest(char_length(w) - 1, 1)) i) parts
$$;

alter table problem add column search_grams tsvector
    generated always as (rectify_grams(title || ' ' || coalesce(description, ''))) stored;
create index problem_search_grams on problem using gin (search_grams);
