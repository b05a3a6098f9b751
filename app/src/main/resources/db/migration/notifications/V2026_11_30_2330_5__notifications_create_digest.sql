-- The digest: how often each member wants one (weekly unless they chose daily or never) and when
-- the last one was due (sent, or skipped because the member had visited or nothing was new).
create table notifications_digest (
    member_id uuid primary key,
    frequency text not null default 'WEEKLY' check (frequency in ('DAILY', 'WEEKLY', 'NEVER')),
    last_at timestamptz not null
);

create index notifications_digest_due on notifications_digest (last_at) where frequency <> 'NEVER';
