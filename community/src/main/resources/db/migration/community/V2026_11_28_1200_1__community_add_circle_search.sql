-- Circles take part in the site's French search: name weighs A, description B. The "fr" text search
-- configuration (unaccent + French stemming) is the feed's; it is created here too if missing.
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

alter table community_circle add column search tsvector generated always as (
    setweight(to_tsvector('fr', replace(name, '’', '''')), 'A') ||
    setweight(to_tsvector('fr', replace(description, '’', '''')), 'B')
) stored;

create index community_circle_search_idx on community_circle using gin (search);
