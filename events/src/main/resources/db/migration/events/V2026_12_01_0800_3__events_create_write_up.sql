-- An event's write-up: a published article of the feed, chosen by the organiser (its title and
-- address kept here, so that the event page needs no other module). Materials become searchable
-- by their title and file name, with the same "fr" configuration as the events themselves.
create table events_write_up (
    event_id   uuid primary key references events_event (id) on delete cascade,
    article_id uuid        not null,
    title      text        not null,
    path       text        not null,
    chosen_at  timestamptz not null
);

alter table events_material add column search tsvector generated always as (
    to_tsvector('fr', replace(title || ' ' || coalesce(file_name, ''), '’', ''''))
) stored;
create index events_material_search_idx on events_material using gin (search);
