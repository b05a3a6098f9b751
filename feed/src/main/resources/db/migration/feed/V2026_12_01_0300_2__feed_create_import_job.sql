-- A WordPress import runs in the background: queued by the admin's request, claimed by one instance
-- (FOR UPDATE SKIP LOCKED, with a lease another instance takes over if it dies), its progress and
-- then its report kept here for the page that follows it.
create table feed_import_job (
    id             uuid primary key,
    admin_id       uuid        not null,
    status         text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    export         bytea,
    uploads        bytea,
    posts_total    integer     not null,
    posts_done     integer     not null default 0,
    media_total    integer     not null,
    media_done     integer     not null default 0,
    published      integer,
    scheduled      integer,
    drafts         integer,
    comments       integer,
    skipped        integer,
    media_imported integer,
    notes          text,
    media          text,
    error          text,
    created_at     timestamptz not null,
    started_at     timestamptz,
    finished_at    timestamptz,
    lease_until    timestamptz
);
create index feed_import_job_waiting_idx on feed_import_job (created_at) where status in ('QUEUED', 'RUNNING');
