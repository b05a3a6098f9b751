-- Circles: public ones anyone may join, private ones members ask to join. Memberships carry a circle
-- role (owner, manager, member) and a state (active, or pending while a request waits).
create table community_circle (
    id          uuid primary key,
    slug        text        not null unique,
    name        text        not null,
    description text        not null,
    visibility  text        not null check (visibility in ('PUBLIC', 'PRIVATE')),
    archived    boolean     not null default false,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create table community_circle_membership (
    circle_id uuid        not null references community_circle (id) on delete cascade,
    member_id uuid        not null references community_member (id) on delete cascade,
    role      text        not null check (role in ('OWNER', 'MANAGER', 'MEMBER')),
    state     text        not null check (state in ('ACTIVE', 'PENDING')),
    message   text,
    since     timestamptz not null,
    primary key (circle_id, member_id)
);

create index community_circle_membership_member_idx on community_circle_membership (member_id);
