-- How long before an event a member registered for is reminded of it: off, 24 hours (default) or 2 hours.
create table notifications_reminder_lead (
    member_id uuid primary key,
    lead text not null check (lead in ('OFF', 'H24', 'H2'))
);
