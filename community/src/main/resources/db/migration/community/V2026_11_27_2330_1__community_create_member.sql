-- Community members. Other modules refer to them by id only (no cross-module foreign keys).
create table community_member (
    id           uuid primary key,
    handle       text        not null,
    display_name text        not null,
    bio          text,
    organisation text,
    created_at   timestamptz not null,
    constraint community_member_handle_format check (handle ~ '^[a-z0-9_-]{3,30}$')
);

create unique index community_member_handle_key on community_member (lower(handle));
