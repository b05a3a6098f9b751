-- Ranking a common word's matches must not read the wide article rows (bodies and their vectors):
-- this narrow table holds, for published articles only, what ranking needs (the title-and-summary
-- vector and the publication instant). A trigger keeps it in step with feed_article, so it is
-- maintained by the database like the generated columns. Small enough to stay in memory.
create table feed_article_search_rank (
    article_id   uuid primary key references feed_article (id) on delete cascade,
    published_at timestamptz not null,
    search_head  tsvector    not null
);

create index feed_article_search_rank_idx on feed_article_search_rank using gin (search_head);

create function feed_article_search_rank_sync() returns trigger
language plpgsql as $$
begin
    if new.status = 'PUBLISHED' then
        insert into feed_article_search_rank (article_id, published_at, search_head)
        values (new.id, new.published_at, new.search_head)
        on conflict (article_id) do update
            set published_at = excluded.published_at, search_head = excluded.search_head;
    else
        delete from feed_article_search_rank where article_id = new.id;
    end if;
    return null;
end
$$;

create trigger feed_article_search_rank_sync
    after insert or update of status, title, summary, published_at on feed_article
    for each row execute function feed_article_search_rank_sync();

insert into feed_article_search_rank (article_id, published_at, search_head)
select id, published_at, search_head from feed_article where status = 'PUBLISHED';
