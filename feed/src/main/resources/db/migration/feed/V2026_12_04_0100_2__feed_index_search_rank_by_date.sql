-- At a million articles, ranking every title-and-summary match of a common word took hundreds of
-- milliseconds: the search now ranks only the newest matches (cercle.search.rank-pool), which
-- PostgreSQL finds along this index, newest first, stopping as soon as it has enough.
create index feed_article_search_rank_published_idx on feed_article_search_rank (published_at desc, article_id desc);
