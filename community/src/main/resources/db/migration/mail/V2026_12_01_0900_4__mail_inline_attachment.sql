-- An attachment shown inside the HTML body (a check-in QR code) carries the Content-ID the body refers
-- to as "cid:…"; the others keep none.
alter table mail_outbox_attachment add column content_id text;
