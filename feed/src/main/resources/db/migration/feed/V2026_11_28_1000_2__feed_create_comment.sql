-- Comments on articles, one level of replies, with their moderation: a new member's first comments
-- wait for approval, reports by three members hold a comment until a moderator decides.
create table feed_comment (
    id            uuid primary key,
    article_id    uuid        not null references feed_article (id) on delete cascade,
    parent_id     uuid references feed_comment (id) on delete cascade,
    author_id     uuid        not null, -- community member, by id only
    body_markdown text        not null check (char_length(body_markdown) <= 5000),
    status        text        not null check (status in ('PENDING', 'PUBLISHED', 'HELD', 'HIDDEN', 'DELETED')),
    hidden_reason text,
    created_at    timestamptz not null,
    edited_at     timestamptz,
    approved_at   timestamptz
);

create index feed_comment_article_idx on feed_comment (article_id, created_at);
create index feed_comment_author_idx on feed_comment (author_id, created_at);
create index feed_comment_queue_idx on feed_comment (created_at) where status in ('PENDING', 'HELD');

create table feed_comment_report (
    comment_id  uuid        not null references feed_comment (id) on delete cascade,
    reporter_id uuid        not null,
    reason      text        not null,
    created_at  timestamptz not null,
    primary key (comment_id, reporter_id)
);

-- Members a moderator stopped from commenting.
create table feed_comment_ban (
    member_id  uuid primary key,
    banned_by  uuid        not null,
    reason     text        not null,
    created_at timestamptz not null
);

-- Articles whose comments were closed by their author or an admin.
create table feed_comment_closure (
    article_id uuid primary key references feed_article (id) on delete cascade,
    closed_by  uuid        not null,
    closed_at  timestamptz not null
);
