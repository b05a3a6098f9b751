-- Events (the Matinées E2.0 and others), their speakers and agenda, and members' registrations.
-- Members and circles are referred to by id only: no cross-module foreign keys.
create table events_event (
    id                     uuid primary key,
    slug                   text        not null unique,
    title                  text        not null,
    summary                text        not null,
    description_markdown   text        not null,
    series                 text,
    edition                integer,
    starts_at              timestamptz not null,
    ends_at                timestamptz not null,
    zone_id                text        not null default 'Europe/Zurich',
    venue_name             text,
    venue_address          text,
    venue_city             text,
    online_url             text,
    capacity               integer check (capacity is null or capacity > 0),
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    status                 text        not null check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    cancellation_reason    text,
    sequence               integer     not null default 0,
    circle_id              uuid,
    organiser_id           uuid        not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null default 0,
    constraint events_event_ends_after_start check (ends_at > starts_at)
);

create index events_event_upcoming_idx on events_event (starts_at) where status <> 'DRAFT';

create table events_speaker (
    event_id     uuid    not null references events_event (id) on delete cascade,
    position     integer not null,
    name         text    not null,
    role         text,
    organisation text,
    primary key (event_id, position)
);

create table events_agenda_item (
    event_id uuid    not null references events_event (id) on delete cascade,
    position integer not null,
    at_time  text    not null,
    title    text    not null,
    primary key (event_id, position)
);

create table events_registration (
    id            uuid primary key,
    event_id      uuid        not null references events_event (id) on delete cascade,
    member_id     uuid        not null,
    status        text        not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    registered_at timestamptz not null,
    cancelled_at  timestamptz
);

-- a member holds at most one live registration per event
create unique index events_registration_live_key on events_registration (event_id, member_id) where status <> 'CANCELLED';
create index events_registration_event_idx on events_registration (event_id, status, registered_at, id);
create index events_registration_member_idx on events_registration (member_id);

-- the secret of each member's personal calendar feed
create table events_calendar_token (
    member_id uuid primary key,
    token     text not null unique
);
