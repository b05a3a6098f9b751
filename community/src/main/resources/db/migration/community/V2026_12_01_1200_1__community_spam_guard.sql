-- Spam defences without a third party: fingerprints of what each member posted in the last hour (the
-- same text twice is refused), and the domains moderators block in links.
create table community_post_fingerprint (
    member_id   uuid        not null,
    fingerprint text        not null,
    posted_at   timestamptz not null
);
create index community_post_fingerprint_idx on community_post_fingerprint (member_id, fingerprint, posted_at);

create table community_blocked_domain (
    domain     text primary key check (domain ~ '^[a-z0-9.-]+\.[a-z]{2,}$'),
    added_by   uuid        not null,
    added_at   timestamptz not null
);
