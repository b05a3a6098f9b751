-- An article's body is Markdown (written in Cercle) or HTML (imported from WordPress): imported HTML
-- is sanitised and shown as HTML, never read again as Markdown.
alter table feed_article add column body_format text not null default 'MARKDOWN'
    check (body_format in ('MARKDOWN', 'HTML'));
