-- Circle leaders and moderators hide a discussion or a reply with a reason (shown in its place),
-- and restore it; both are in the audit log.
alter table community_discussion add column hidden_reason text;
alter table community_discussion_reply add column hidden_reason text;
