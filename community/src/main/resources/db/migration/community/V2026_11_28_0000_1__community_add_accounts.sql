-- Accounts: sign-in identity, status and roles of members; throttling of sign-ins and registrations;
-- the audit log of administrative actions.
alter table community_member
    add column email         text,
    add column password_hash text,
    add column links         text,
    add column status        text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'DELETED')),
    add column deleted_at    timestamptz,
    add column version       bigint not null default 0;

create unique index community_member_email_key on community_member (lower(email)) where email is not null;

create table community_member_role (
    member_id uuid not null references community_member (id) on delete cascade,
    role      text not null check (role in ('AUTHOR', 'ORGANISER', 'MODERATOR', 'ADMIN')),
    primary key (member_id, role)
);

-- One row per refused sign-in or per registration, counted over a sliding window.
create table community_throttle_event (
    id          bigint generated always as identity primary key,
    kind        text        not null check (kind in ('SIGN_IN_ACCOUNT', 'SIGN_IN_ADDRESS', 'REGISTRATION')),
    subject     text        not null,
    occurred_at timestamptz not null
);

create index community_throttle_event_lookup_idx on community_throttle_event (kind, subject, occurred_at);

create table community_audit_entry (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    actor_id    uuid        not null,
    action      text        not null,
    target_id   uuid,
    details     text
);

create index community_audit_entry_recent_idx on community_audit_entry (occurred_at desc);
