-- What members are told, what they want to be told and how, and what they follow.
create table notifications_notification (
    id uuid primary key,
    member_id uuid not null,                 -- community member, by id only
    kind text not null,
    source_key text not null,                -- the fact it comes from: the same fact never notifies twice
    actor_id uuid,                           -- who caused it; never the member notified
    path text not null,                      -- the exact place it points to
    args jsonb not null default '[]',        -- what its message shows
    circle_id uuid,                          -- a private circle's content: shown only while the member may read it
    thread_key text,                         -- replies in one thread make one e-mail, threaded in mail clients
    created_at timestamptz not null,
    read_at timestamptz,
    email_state text not null default 'NONE' check (email_state in ('NONE', 'PENDING', 'SENT')),
    unique (member_id, source_key)
);

create index notifications_inbox on notifications_notification (member_id, created_at desc, id desc);
create index notifications_unread on notifications_notification (member_id) where read_at is null;
create index notifications_email_due on notifications_notification (created_at) where email_state = 'PENDING';
create index notifications_read_age on notifications_notification (read_at) where read_at is not null;

create table notifications_preference (
    member_id uuid not null,
    kind text not null,
    channel text not null check (channel in ('OFF', 'SITE', 'EMAIL')),
    primary key (member_id, kind)
);

create table notifications_follow (
    member_id uuid not null,
    target_type text not null check (target_type in ('TAG', 'AUTHOR')),
    target text not null,                    -- a tag's slug, an author's member id
    created_at timestamptz not null,
    primary key (member_id, target_type, target)
);

create index notifications_follow_target on notifications_follow (target_type, target);

-- the key that signs one-click unsubscribe links, made once and shared by every instance
create table notifications_signing_key (
    id integer primary key check (id = 1),
    secret text not null
);
