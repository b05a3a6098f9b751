package org.cercle.mail.outbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.cercle.mail.Letter;

/** A letter a worker holds for the length of its lease, as it will go over SMTP. */
record ClaimedLetter(UUID id, String messageId, String to, @Nullable String toName, String subject, String text,
		String html, Map<String, String> headers, List<Letter.Attachment> attachments, int attempts) {
}
