-- Images inside articles: each author's library (alt text, caption, credit kept with the
-- image so that reusing it gives the same figure) and the narrower copies served with srcset.
alter table feed_image
    add column alt       text,
    add column caption   text,
    add column credit    text,
    add column in_library boolean not null default false;
create index feed_image_library_idx on feed_image (uploaded_by, created_at desc) where in_library;

create table feed_image_variant (
    image_id     uuid    not null references feed_image (id) on delete cascade,
    width        integer not null check (width > 0),
    height       integer not null check (height > 0),
    content_type text    not null check (content_type in ('image/jpeg', 'image/png')),
    bytes        bytea   not null,
    primary key (image_id, width)
);
