-- A member's recent discussions and replies are counted before each new one (posting pace).
create index community_discussion_author_idx on community_discussion (author_id, created_at);
create index community_discussion_reply_author_idx on community_discussion_reply (author_id, created_at);
