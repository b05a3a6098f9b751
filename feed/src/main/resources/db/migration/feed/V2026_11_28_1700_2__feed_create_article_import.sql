-- Which WordPress post each imported article came from (its GUID, else the site's address and the
-- post's id), so that importing the same export again skips what is already here.
create table feed_article_import (
    source      text primary key check (char_length(source) <= 2000),
    article_id  uuid        not null references feed_article (id) on delete cascade,
    imported_at timestamptz not null
);
