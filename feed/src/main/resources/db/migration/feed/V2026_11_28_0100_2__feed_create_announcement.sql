-- Announcements in the home stream, e.g. of published events. source_id names the announced thing
-- (an event) by id only; one announcement per source.
create table feed_announcement (
    id           uuid primary key,
    source_id    uuid        not null unique,
    title        text        not null,
    path         text        not null,
    summary      text        not null,
    announced_at timestamptz not null,
    happens_at   timestamptz,
    cancelled    boolean     not null default false,
    note         text,
    updated_at   timestamptz not null
);

create index feed_announcement_stream_idx on feed_announcement (announced_at desc, id desc);
