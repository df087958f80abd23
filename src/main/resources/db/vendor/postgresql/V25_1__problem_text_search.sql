-- Text search over problems that answers from an index for Chinese words of any length (two characters are the
-- most common query). Chinese has no spaces to split words at, so a text is indexed by its character bigrams:
-- "经费管理" gives 经费, 费管, 管理 and the last character 理, in order. A one-word query is answered by the index
-- alone (its bigrams one after another are exactly the word); a query with separators in it is also checked with
-- LIKE by the ledger. Letters and digits count as word characters too; everything else (punctuation, spaces,
-- full-width signs) separates words. See docs/decisions/0008.

-- The words of a text: runs of ASCII letters and digits and CJK ideographs, lower-cased.
create function rectify_words(t text) returns setof text language sql immutable strict parallel safe as $$
    select w from regexp_split_to_table(lower(t), '[^0-9a-z\u3400-\u9fff\uf900-\ufaff]+') w where w <> ''
$$;

-- The bigrams of a text in order, each with its position (and each word's last character), so that a query can ask
-- for bigrams that follow one another: 经费管 is 经费 followed by 费管, found only where the text has it in one piece.
-- Positions stop at 16383 (PostgreSQL's limit): in a description longer than that, a word further on is found only
-- through the LIKE check (queries with separators) and not by a one-word query.
create function rectify_grams(t text) returns tsvector language sql immutable parallel safe as $$
    select coalesce(string_agg(g || ':' || least(n, 16383), ' ')::tsvector, ''::tsvector)
    from (select g, row_number() over (order by k, i) n
          from (select substr(w, i, case when i = char_length(w) then 1 else 2 end) g, k, i
                from rectify_words(coalesce(t, '')) with ordinality as words(w, k),
                     generate_series(1, char_length(w)) i) grams) numbered
$$;

-- The query for a search text: each word's bigrams one after another (a one-character word: a bigram or last
-- character starting with it); words apart are all required. Null when the text has no word characters.
create function rectify_gram_query(t text) returns tsquery language sql immutable parallel safe as $$
    select string_agg(phrase, ' & ')::tsquery
    from (select case when char_length(w) = 1 then w || ':*'
                      else (select string_agg(substr(w, i, 2), ' <-> ' order by i)
                            from generate_series(1, char_length(w) - 1) i) end phrase
          from rectify_words(coalesce(t, '')) w) phrases
$$;

alter table problem add column search_grams tsvector
    generated always as (rectify_grams(title || ' ' || coalesce(description, ''))) stored;
create index problem_search_grams on problem using gin (search_grams);
