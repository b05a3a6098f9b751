-- Anonymous pages are cached by each app instance (PageCache). Reading a version counter on every
-- cached request cost more than the rest of the request, so the database now tells the instances
-- instead: a transaction that writes a table readers see sends a notification on the channel
-- cercle_content when it commits (PostgreSQL sends a transaction's identical notifications once, and
-- none if it rolls back). Every instance listens on its own connection (ContentChanges) and stops
-- using the pages it cached before.
drop function app_touch_content() cascade;
drop table app_content_version;

create function app_notify_content_change() returns trigger
language plpgsql as $$
begin
    perform pg_notify('cercle_content', '');
    return null;
end
$$;

create trigger community_member_notifies_content after insert or update or delete on community_member
    for each row execute function app_notify_content_change();

create trigger community_circle_notifies_content after insert or update or delete on community_circle
    for each row execute function app_notify_content_change();

create trigger community_circle_membership_notifies_content after insert or update or delete on community_circle_membership
    for each row execute function app_notify_content_change();

create trigger community_discussion_notifies_content after insert or update or delete on community_discussion
    for each row execute function app_notify_content_change();

create trigger community_discussion_reply_notifies_content after insert or update or delete on community_discussion_reply
    for each row execute function app_notify_content_change();

create trigger events_event_notifies_content after insert or update or delete on events_event
    for each row execute function app_notify_content_change();

create trigger events_registration_notifies_content after insert or update or delete on events_registration
    for each row execute function app_notify_content_change();

create trigger events_speaker_notifies_content after insert or update or delete on events_speaker
    for each row execute function app_notify_content_change();

create trigger events_agenda_item_notifies_content after insert or update or delete on events_agenda_item
    for each row execute function app_notify_content_change();

create trigger feed_announcement_notifies_content after insert or update or delete on feed_announcement
    for each row execute function app_notify_content_change();

create trigger feed_article_notifies_content after insert or update or delete on feed_article
    for each row execute function app_notify_content_change();

create trigger feed_article_old_slug_notifies_content after insert or update or delete on feed_article_old_slug
    for each row execute function app_notify_content_change();

create trigger feed_article_tag_notifies_content after insert or update or delete on feed_article_tag
    for each row execute function app_notify_content_change();

create trigger feed_tag_notifies_content after insert or update or delete on feed_tag
    for each row execute function app_notify_content_change();

create trigger feed_comment_notifies_content after insert or update or delete on feed_comment
    for each row execute function app_notify_content_change();

create trigger feed_comment_closure_notifies_content after insert or update or delete on feed_comment_closure
    for each row execute function app_notify_content_change();
