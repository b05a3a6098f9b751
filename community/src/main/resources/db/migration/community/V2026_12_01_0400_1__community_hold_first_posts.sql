-- A new member's first discussions and replies wait for a circle leader, as their first comments wait
-- for a moderator: held posts are seen only by their author and the circle's leaders until approved.
alter table community_discussion add column held boolean not null default false;
alter table community_discussion_reply add column held boolean not null default false;
