-- Articles and their tags. author_id names a community member by id only: no cross-module foreign key.
create table feed_article (
    id              uuid primary key,
    slug            text        not null unique,
    title           text        not null,
    summary         text        not null,
    body_markdown   text        not null,
    author_id       uuid        not null,
    status          text        not null check (status in ('DRAFT', 'PUBLISHED')),
    published_at    timestamptz,
    updated_at      timestamptz not null,
    reading_minutes integer     not null check (reading_minutes > 0),
    constraint feed_article_published_has_instant check (status <> 'PUBLISHED' or published_at is not null)
);

-- newest-first keyset pages of published articles
create index feed_article_published_idx on feed_article (published_at desc, id desc) where status = 'PUBLISHED';
create index feed_article_author_idx on feed_article (author_id);

create table feed_tag (
    id   uuid primary key,
    slug text not null unique,
    name text not null
);

create table feed_article_tag (
    article_id uuid not null references feed_article (id) on delete cascade,
    tag_id     uuid not null references feed_tag (id) on delete cascade,
    primary key (article_id, tag_id)
);

create index feed_article_tag_tag_idx on feed_article_tag (tag_id, article_id);
