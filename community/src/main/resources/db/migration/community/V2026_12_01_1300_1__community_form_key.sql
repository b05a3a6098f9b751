-- The key that signs the time a form was shown (a minimum fill time against bots), shared by every
-- instance.
create table community_form_key (
    id     integer primary key check (id = 1),
    secret text not null
);
