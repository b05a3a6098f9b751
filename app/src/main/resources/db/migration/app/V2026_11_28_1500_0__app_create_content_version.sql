-- What anonymous readers see is cached by each app instance (PageCache); this counter tells every
-- instance that something they show has changed. Each transaction that writes a table readers see
-- bumps it once, at commit time (a deferred constraint trigger, so its lock is the last one taken and
-- cannot deadlock with the rows the transaction locked before). Instances read the counter on every
-- cacheable request: a change is visible on the very next request, on every instance.
create table app_content_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);

insert into app_content_version (id, version) values (true, 0);

create function app_touch_content() returns trigger
language plpgsql as $$
begin
    update app_content_version set version = version + 1 where id;
    return null;
end
$$;

create constraint trigger community_member_touches_content after insert or update or delete on community_member
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger community_circle_touches_content after insert or update or delete on community_circle
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger community_circle_membership_touches_content after insert or update or delete on community_circle_membership
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger community_discussion_touches_content after insert or update or delete on community_discussion
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger community_discussion_reply_touches_content after insert or update or delete on community_discussion_reply
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger events_event_touches_content after insert or update or delete on events_event
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger events_registration_touches_content after insert or update or delete on events_registration
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger events_speaker_touches_content after insert or update or delete on events_speaker
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger events_agenda_item_touches_content after insert or update or delete on events_agenda_item
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger feed_announcement_touches_content after insert or update or delete on feed_announcement
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger feed_article_touches_content after insert or update or delete on feed_article
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger feed_article_old_slug_touches_content after insert or update or delete on feed_article_old_slug
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger feed_article_tag_touches_content after insert or update or delete on feed_article_tag
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger feed_tag_touches_content after insert or update or delete on feed_tag
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger feed_comment_touches_content after insert or update or delete on feed_comment
    deferrable initially deferred for each row execute function app_touch_content();

create constraint trigger feed_comment_closure_touches_content after insert or update or delete on feed_comment_closure
    deferrable initially deferred for each row execute function app_touch_content();
