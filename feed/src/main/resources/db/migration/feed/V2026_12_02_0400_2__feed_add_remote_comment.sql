-- Replies from the social web as comments: the remote note's address (Update and Delete name it),
-- its author's profile and picture, and its HTML (sanitised when shown, like members' comments).
alter table feed_comment
    add column remote_id         text unique,
    add column remote_actor      text,
    add column remote_author_url text,
    add column remote_avatar     text,
    add column body_html         text;
