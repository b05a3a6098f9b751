-- A series' editions, and an edition's neighbours on its page, are found by series and start.
create index events_event_series_idx on events_event (series, starts_at, id) where series is not null;
