-- What a signed-in member's shared pages depend on besides the content is now kept by each instance
-- too (ContentCaches): whether they reported a comment of an article, whether they may comment, how
-- many notifications they have not read. Those tables therefore tell every instance when they change,
-- as the content tables do (V2026_11_28_1600_0).
create trigger feed_comment_report_notifies_content after insert or update or delete on feed_comment_report
    for each row execute function app_notify_content_change();

create trigger feed_comment_ban_notifies_content after insert or update or delete on feed_comment_ban
    for each row execute function app_notify_content_change();

create trigger notifications_notification_notifies_content after insert or update or delete on notifications_notification
    for each row execute function app_notify_content_change();
