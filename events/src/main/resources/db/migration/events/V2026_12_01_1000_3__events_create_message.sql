-- « Écrire aux inscrits »: each message an organiser sent to an event's members, once. Its id is the
-- token of the form it came from, so that a form sent twice (a double click, a reload) sends nothing
-- the second time.
create table events_message (
    id            uuid primary key,
    event_id      uuid        not null references events_event (id) on delete cascade,
    author_id     uuid        not null,
    subject       text        not null check (char_length(subject) between 1 and 150),
    body_markdown text        not null,
    waitlisted    boolean     not null,
    recipients    integer     not null,
    sent_at       timestamptz not null
);
create index events_message_event_idx on events_message (event_id, sent_at);
