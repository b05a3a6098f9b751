-- The social web: each actor (the site, an author) signs with an RSA key pair kept here, made on first use.
create table app_actor_key (
    actor       text primary key,  -- 'site' or 'member:<uuid>'
    public_pem  text        not null,
    private_pem text        not null,
    created_at  timestamptz not null
);
