-- The events an article is the write-up of ("Compte rendu de la Matinée E2.0 n° 3"): the events
-- module chooses the article and tells the feed, through the application, which event it reports on.
-- One write-up per event; an article may report on several events.
create table feed_write_up (
    event_id    uuid primary key,
    article_id  uuid not null references feed_article (id) on delete cascade,
    event_title text not null,
    event_path  text not null
);
create index feed_write_up_article_idx on feed_write_up (article_id);
