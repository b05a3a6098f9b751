-- Each instance keeps the signed-in sessions it has read in memory (RememberedSessions), so that a
-- member's page costs no session read. A session that changes or ends on any instance must be
-- forgotten by all at once: a change to a session row (a new id, the member, the last access written
-- once a minute) or its deletion (sign-out, password change, suspension, expiry), and a change to
-- one of its attributes, sends the session's id on the channel cercle_sessions when the transaction
-- commits. A new session needs no notification: no instance can hold it yet.
create function app_notify_session_change() returns trigger
language plpgsql as $$
declare
    changed char(36);
begin
    if tg_table_name = 'spring_session' then
        changed := old.session_id;
    elsif tg_op = 'INSERT' then
        select s.session_id into changed from spring_session s where s.primary_id = new.session_primary_id;
    else
        select s.session_id into changed from spring_session s where s.primary_id = old.session_primary_id;
    end if;
    if changed is not null then
        perform pg_notify('cercle_sessions', changed);
    end if;
    return null;
end
$$;

create trigger spring_session_notifies_change after update or delete on spring_session
    for each row execute function app_notify_session_change();

create trigger spring_session_attributes_notify_change after insert or update or delete on spring_session_attributes
    for each row execute function app_notify_session_change();
