-- Addresses are compared by a key the application computes (NFKC, one case folding, NFKC:
-- org.cercle.community.member.Identifiers), not by PostgreSQL's lower(), which folds some
-- letters (dotted capital I, sharp s) differently from Java. Existing rows get the same key
-- for every ASCII address; the application rewrites the others when they change.
alter table community_member add column email_key text;
update community_member set email_key = lower(normalize(email, NFKC)) where email is not null;
drop index community_member_email_key;
create unique index community_member_email_key on community_member (email_key) where email_key is not null;
