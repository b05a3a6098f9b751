-- E-mail: a member's address is verified by a link; members who registered before this are
-- taken as verified, as are demo accounts and imported authors (set by the application).
alter table community_member add column email_verified_at timestamptz;
alter table community_member add column language text not null default 'fr';
update community_member set email_verified_at = created_at where email is not null;

-- Single-use links sent by e-mail: only a SHA-256 hash of the random token is stored.
create table community_account_token (
    id uuid primary key,
    member_id uuid not null references community_member (id) on delete cascade,
    purpose text not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    token_hash text not null unique,
    new_email text,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz
);

create index community_account_token_member on community_account_token (member_id, purpose, created_at);

alter table community_throttle_event drop constraint community_throttle_event_kind_check;
alter table community_throttle_event add constraint community_throttle_event_kind_check
    check (kind in ('SIGN_IN_ACCOUNT', 'SIGN_IN_ADDRESS', 'REGISTRATION', 'RESET_ACCOUNT', 'RESET_ADDRESS'));
