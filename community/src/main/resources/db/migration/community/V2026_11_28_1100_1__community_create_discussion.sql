-- Circle discussions: threads started by members of a circle, and their replies.
create table community_discussion (
    id            uuid primary key,
    circle_id     uuid        not null references community_circle (id) on delete cascade,
    author_id     uuid        not null references community_member (id),
    title         text        not null check (char_length(title) <= 150),
    body_markdown text        not null check (char_length(body_markdown) <= 10000),
    deleted       boolean     not null default false,
    created_at    timestamptz not null,
    edited_at     timestamptz,
    last_post_at  timestamptz not null,
    reply_count   integer     not null default 0
);

create index community_discussion_circle_idx on community_discussion (circle_id, last_post_at desc);

create table community_discussion_reply (
    id            uuid primary key,
    discussion_id uuid        not null references community_discussion (id) on delete cascade,
    author_id     uuid        not null references community_member (id),
    body_markdown text        not null check (char_length(body_markdown) <= 10000),
    deleted       boolean     not null default false,
    created_at    timestamptz not null,
    edited_at     timestamptz
);

create index community_discussion_reply_idx on community_discussion_reply (discussion_id, created_at);
