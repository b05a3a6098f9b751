-- Reports on circle discussions and replies, with their reason: one per member and post; three put
-- the post on hold until a circle leader or a moderator decides (as comments are).
create table community_post_report (
    post_id     uuid        not null,
    reporter_id uuid        not null references community_member (id) on delete cascade,
    reason      text        not null check (char_length(reason) between 1 and 500),
    reported_at timestamptz not null,
    primary key (post_id, reporter_id)
);
