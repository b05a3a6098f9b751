-- Circles' discussions (members follow their circles unless they mute them; others may follow a
-- public circle) and discussion threads can be followed too.
alter table notifications_follow drop constraint notifications_follow_target_type_check;
alter table notifications_follow add constraint notifications_follow_target_type_check
    check (target_type in ('TAG', 'AUTHOR', 'CIRCLE', 'CIRCLE_MUTED', 'DISCUSSION'));
