-- French full-text search. The configuration "fr" folds accents and ligatures (unaccent: "evenement"
-- finds "événement", "coeur" finds "cœur") and stems French words ("communautés" finds "communauté").
-- The default parser splits elisions (l', d', qu', jusqu'...) on the straight apostrophe, so typographic
-- apostrophes are turned into straight ones before parsing. Weights: title A, summary B, body C.
create extension if not exists unaccent;

do $$
begin
    if not exists (select 1 from pg_ts_config where cfgname = 'fr') then
        create text search configuration fr (copy = french);
        alter text search configuration fr
            alter mapping for hword, hword_part, word, asciihword, asciiword, hword_asciipart with unaccent, french_stem;
    end if;
end
$$;

alter table feed_article add column search tsvector generated always as (
    setweight(to_tsvector('fr', replace(title, '’', '''')), 'A') ||
    setweight(to_tsvector('fr', replace(summary, '’', '''')), 'B') ||
    setweight(to_tsvector('fr', replace(body_markdown, '’', '''')), 'C')
) stored;

create index feed_article_search_idx on feed_article using gin (search);
