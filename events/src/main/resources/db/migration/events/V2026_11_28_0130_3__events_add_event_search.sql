-- French full-text search on events, with the "fr" configuration created by the feed module's
-- migration (feed migrates before events: its version is lower). Weights: title A, summary B, rest C.
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

alter table events_event add column search tsvector generated always as (
    setweight(to_tsvector('fr', replace(title, '’', '''')), 'A') ||
    setweight(to_tsvector('fr', replace(summary, '’', '''')), 'B') ||
    setweight(to_tsvector('fr', replace(coalesce(series, '') || ' ' || coalesce(venue_city, '') || ' ' || description_markdown, '’', '''')), 'C')
) stored;

create index events_event_search_idx on events_event using gin (search);
