-- Check-in at the door: every registration has a short code (shown to the member as a QR code), and
-- the time its member was checked in by an organiser.
alter table events_registration add column check_in_code text;
alter table events_registration add column checked_in_at timestamptz;
update events_registration set check_in_code = upper(substr(md5(id::text || clock_timestamp()::text), 1, 10));
alter table events_registration alter column check_in_code set not null;
create unique index events_registration_check_in_code_key on events_registration (check_in_code);
