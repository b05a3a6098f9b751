-- The addresses an imported post had on the old WordPress site (/?p=123, /slug/, /2013/01/slug/,
-- /2013/01/23/slug/): they answer 301 to the article, once it is published.
create table feed_legacy_address (
    path       text primary key,
    article_id uuid not null references feed_article (id) on delete cascade
);
create index feed_legacy_address_article_idx on feed_legacy_address (article_id);
