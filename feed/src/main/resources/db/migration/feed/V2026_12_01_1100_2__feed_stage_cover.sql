-- A cover chosen in the editor is kept at once, "staged", so that a preview or a form refused for
-- another reason does not lose it; it stops being staged when an article takes it as its cover. Staged
-- images no article took are deleted after a day.
alter table feed_image add column staged_at timestamptz;
create index feed_image_staged_idx on feed_image (staged_at) where staged_at is not null;
