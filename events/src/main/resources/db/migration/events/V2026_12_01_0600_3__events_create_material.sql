-- Materials after an event: files (slides, photos; stored here so that every instance serves them) and
-- links (replay, album, write-up elsewhere), each with a title.
create table events_material (
    id           uuid primary key,
    event_id     uuid        not null references events_event (id) on delete cascade,
    title        text        not null check (char_length(title) between 1 and 200),
    url          text,
    file         bytea,
    file_name    text,
    content_type text,
    size         bigint,
    created_at   timestamptz not null,
    check ((url is null) <> (file is null))
);
create index events_material_event_idx on events_material (event_id, created_at);
