-- Letters waiting to be sent, sent, or given up on. A letter is written in the transaction of
-- its cause and sent afterwards by a worker; workers of several instances claim rows with
-- FOR UPDATE SKIP LOCKED and a lease, so each letter is sent by one of them at a time.
create table mail_outbox (
    id uuid primary key,
    message_id text not null unique,          -- generated once, kept through retries
    kind text not null,                        -- what the letter is for, e.g. account.verification
    recipient text not null,
    recipient_name text,
    language text not null,
    subject text,                              -- subject, bodies and headers are purged after a while
    text_body text,
    html_body text,
    headers jsonb not null default '{}',
    status text not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    claimed_until timestamptz,
    claimed_by text,
    last_error text,
    created_at timestamptz not null,
    sent_at timestamptz,
    purged_at timestamptz
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'QUEUED';
create index mail_outbox_log on mail_outbox (created_at desc, id);
create index mail_outbox_recipient on mail_outbox (lower(recipient));

create table mail_outbox_attachment (
    message uuid not null references mail_outbox (id) on delete cascade,
    position integer not null,
    filename text not null,
    content_type text not null,
    content bytea not null,
    primary key (message, position)
);
