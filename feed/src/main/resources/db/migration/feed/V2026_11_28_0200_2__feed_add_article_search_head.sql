-- Ranking reads a small vector of the title (weight A) and summary (weight B) only: matching still
-- uses the full "search" column and its GIN index, but ranking tens of thousands of matches no
-- longer de-toasts every body's vector. A body-only match ranks last, newest first.
alter table feed_article add column search_head tsvector generated always as (
    setweight(to_tsvector('fr', replace(title, '’', '''')), 'A') ||
    setweight(to_tsvector('fr', replace(summary, '’', '''')), 'B')
) stored;
