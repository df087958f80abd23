-- Text search over problems that answers from an index for Chinese words of any length (two characters are the most
-- common query). Chinese has no spaces to split words at, so every ideograph is indexed as a word of its own, with
-- its position; a Chinese query asks for its characters one right after another (经费 is 经 <-> 费), which is exactly
-- where the text has them in one piece. Anything that is not a letter, digit or ideograph (punctuation, spaces,
-- full-width signs) leaves a separator word, so characters on both sides of a 、 are never "one after another".
-- Runs of ASCII letters and digits are indexed as whole words. See docs/decisions/0008.
create function rectify_search_vector(t text) returns tsvector language sql immutable parallel safe as $$
    select to_tsvector('simple', regexp_replace(
            regexp_replace(lower(coalesce(t, '')), '[^0-9a-z\u3400-\u9fff\uf900-\ufaff]+', ' zzsep ', 'g'),
            '([\u3400-\u9fff\uf900-\ufaff])', ' \1 ', 'g'))
$$;

-- The query for the Chinese in a search text: each run of ideographs as its characters one after another, runs apart
-- all required. Null when the text has no ideograph (the ledger then checks LIKE alone).
create function rectify_search_query(t text) returns tsquery language sql immutable parallel safe as $$
    select string_agg(phrase, ' & ')::tsquery
    from (select (select string_agg(c, ' <-> ' order by i)
                  from regexp_split_to_table(w, '') with ordinality as chars(c, i)) phrase
          from regexp_split_to_table(lower(coalesce(t, '')), '[^\u3400-\u9fff\uf900-\ufaff]+') w
          where w <> '') phrases
$$;

alter table problem add column search_vector tsvector
    generated always as (rectify_search_vector(title || ' ' || coalesce(description, ''))) stored;
create index problem_search_vector on problem using gin (search_vector);
