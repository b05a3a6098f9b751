-- French full-text search on events, with the "fr" text search configuration (unaccent + French
-- stemming) that the feed module's migration V2026_11_28_0130_2 creates; versions order them, feed
-- first. Weights: title A, summary B, the rest C.
alter table events_event add column search tsvector generated always as (
    setweight(to_tsvector('fr', replace(title, '’', '''')), 'A') ||
    setweight(to_tsvector('fr', replace(summary, '’', '''')), 'B') ||
    setweight(to_tsvector('fr', replace(coalesce(series, '') || ' ' || coalesce(venue_city, '') || ' ' || description_markdown, '’', '''')), 'C')
) stored;

create index events_event_search_idx on events_event using gin (search);
