-- The editorial workflow: scheduled and archived articles, revisions after publication, old slugs
-- that redirect to the current one, cover images (stored in PostgreSQL so every instance serves them),
-- and comments imported from WordPress, whose authors are names rather than members.
alter table feed_article drop constraint feed_article_status_check;
alter table feed_article add constraint feed_article_status_check
    check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'));
alter table feed_article add column scheduled_at timestamptz;
alter table feed_article add column revised_at timestamptz;
alter table feed_article add column cover_id uuid;
alter table feed_article add column cover_alt text;
alter table feed_article add constraint feed_article_scheduled_has_instant
    check (status <> 'SCHEDULED' or scheduled_at is not null);

create index feed_article_due_idx on feed_article (scheduled_at) where status = 'SCHEDULED';

create table feed_article_old_slug (
    slug       text primary key,
    article_id uuid        not null references feed_article (id) on delete cascade,
    retired_at timestamptz not null
);

create table feed_image (
    id           uuid primary key,
    content_type text        not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
    bytes        bytea       not null,
    width        integer,
    height       integer,
    uploaded_by  uuid        not null,
    created_at   timestamptz not null
);

alter table feed_article add constraint feed_article_cover_fk foreign key (cover_id) references feed_image (id);

alter table feed_comment alter column author_id drop not null;
alter table feed_comment add column imported_author text;
alter table feed_comment add constraint feed_comment_has_author
    check (author_id is not null or imported_author is not null);
