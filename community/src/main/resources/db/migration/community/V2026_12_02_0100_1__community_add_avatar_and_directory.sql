-- Avatars (a member's picture, square, in two small sizes; initials when there is none) and the
-- member directory: members choose to be listed and whether their profile shows the events they attend.
alter table community_member
    add column avatar_version integer,
    add column listed         boolean not null default false,
    add column shows_events   boolean not null default false;

create table community_avatar (
    member_id    uuid primary key references community_member (id) on delete cascade,
    content_type text  not null check (content_type in ('image/jpeg', 'image/png')),
    small        bytea not null,
    large        bytea not null
);

create index community_member_listed_idx on community_member (lower(display_name), id) where listed;
