-- The social web, write side: remote actors as fetched, who follows whom, what was received
-- (replays are refused), and the outgoing activities' durable outbox.

create table app_remote_actor (
    id                 text primary key,          -- the actor's address
    key_id             text        not null,
    public_pem         text        not null,
    inbox              text        not null,
    shared_inbox       text,
    preferred_username text,
    name               text,
    url                text,
    icon               text,
    fetched_at         timestamptz not null
);
create index app_remote_actor_key_idx on app_remote_actor (key_id);

create table app_follower (
    actor      text        not null,  -- the local actor followed: 'site' or 'member:<uuid>'
    follower   text        not null references app_remote_actor (id) on delete cascade,
    follow_id  text        not null,  -- the Follow activity's id, which Accept and Undo name
    created_at timestamptz not null,
    primary key (actor, follower)
);
create index app_follower_follower_idx on app_follower (follower);

-- Activities received, by id, and signatures seen, kept for the date window: a replay is refused.
create table app_received_activity (
    id          text primary key,
    received_at timestamptz not null
);
create table app_seen_signature (
    digest  text primary key,  -- SHA-256 of the Signature header
    seen_at timestamptz not null
);
create index app_seen_signature_at_idx on app_seen_signature (seen_at);
create index app_received_activity_at_idx on app_received_activity (received_at);

create table app_delivery (
    id              uuid primary key,
    actor           text        not null,  -- the local actor who signs: 'site' or 'member:<uuid>'
    key_id          text        not null,  -- its key's address, as the Signature names it
    inbox           text        not null,
    domain          text        not null,
    body            text        not null,
    status          text        not null check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    claimed_by      text,
    claimed_until   timestamptz,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index app_delivery_due_idx on app_delivery (next_attempt_at) where status = 'QUEUED';
create index app_delivery_domain_idx on app_delivery (domain) where status = 'QUEUED';

-- Moderation of the social web: a remote server's replies are held (the default), trusted or blocked;
-- a remote account may be blocked alone.
create table app_remote_server (
    domain     text primary key,
    policy     text        not null check (policy in ('TRUSTED', 'HELD', 'BLOCKED')),
    decided_by uuid        not null,
    decided_at timestamptz not null
);
create table app_remote_blocked_actor (
    id         text primary key,
    blocked_by uuid        not null,
    blocked_at timestamptz not null
);

-- Likes and boosts of Cercle's objects from the social web, counted once per account.
create table app_reaction (
    object      text        not null,
    actor       text        not null,
    kind        text        not null check (kind in ('Like', 'Announce')),
    received_at timestamptz not null,
    primary key (object, actor, kind)
);

-- Objects already sent to followers: a later publication of the same one is an Update.
create table app_federated_object (
    id            text primary key,
    first_sent_at timestamptz not null
);
