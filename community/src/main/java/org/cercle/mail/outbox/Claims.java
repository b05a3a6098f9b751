package org.cercle.mail.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.cercle.mail.Letter;

/**
 * The outbox's rows as workers see them. Claiming is one statement: due rows are locked
 * with {@code FOR UPDATE SKIP LOCKED}, so two workers never take the same letter, and
 * given a lease, so that a letter whose worker died is taken again once the lease is over
 * (with the same Message-ID). An attempt is counted when it is claimed.
 */
@Component
class Claims {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	Claims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ClaimedLetter> claim(String worker, int batch, Instant now, Instant until) {
		var claimed = jdbc
			.sql("""
					update mail_outbox o set claimed_by = :worker, claimed_until = :until, attempts = o.attempts + 1
					from (select id from mail_outbox
					      where status = 'QUEUED' and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
					      order by next_attempt_at, created_at limit :batch for update skip locked) due
					where o.id = due.id
					returning o.id, o.message_id, o.recipient, o.recipient_name, o.subject, o.text_body, o.html_body,
					          o.headers::text as headers, o.attempts""")
			.param("worker", worker)
			.param("until", Timestamp.from(until))
			.param("now", Timestamp.from(now))
			.param("batch", batch)
			.query((rs, row) -> new ClaimedLetter(rs.getObject("id", UUID.class), rs.getString("message_id"),
					rs.getString("recipient"), rs.getString("recipient_name"), String.valueOf(rs.getString("subject")),
					String.valueOf(rs.getString("text_body")), String.valueOf(rs.getString("html_body")),
					headers(rs.getString("headers")), List.of(), rs.getInt("attempts")))
			.list();
		return withAttachments(claimed);
	}

	void sent(UUID id, String worker, Instant now) {
		jdbc.sql("""
				update mail_outbox set status = 'SENT', sent_at = :now, claimed_until = null, last_error = null
				where id = :id and claimed_by = :worker and status = 'QUEUED'""")
			.param("id", id)
			.param("worker", worker)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Records a failed attempt: the letter waits until {@code next}, or is given up after
	 * the last attempt.
	 */
	void failed(UUID id, String worker, String error, Instant next, int maxAttempts) {
		jdbc.sql("""
				update mail_outbox set claimed_until = null, last_error = :error, next_attempt_at = :next,
				    status = case when attempts >= :max then 'FAILED' else 'QUEUED' end
				where id = :id and claimed_by = :worker and status = 'QUEUED'""")
			.param("id", id)
			.param("worker", worker)
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.param("next", Timestamp.from(next))
			.param("max", maxAttempts)
			.update();
	}

	private List<ClaimedLetter> withAttachments(List<ClaimedLetter> claimed) {
		if (claimed.isEmpty()) {
			return claimed;
		}
		var byLetter = new LinkedHashMap<UUID, List<Letter.Attachment>>();
		jdbc.sql("""
				select message, filename, content_type, content, content_id from mail_outbox_attachment
				where message = any(:ids) order by message, position""")
			.param("ids", claimed.stream().map(ClaimedLetter::id).toArray(UUID[]::new))
			.query((rs, row) -> {
				byLetter.computeIfAbsent(rs.getObject("message", UUID.class), id -> new ArrayList<>())
					.add(new Letter.Attachment(rs.getString("filename"), rs.getString("content_type"),
							rs.getBytes("content"), rs.getString("content_id")));
				return row;
			})
			.list();
		return claimed.stream()
			.map(letter -> new ClaimedLetter(letter.id(), letter.messageId(), letter.to(), letter.toName(),
					letter.subject(), letter.text(), letter.html(), letter.headers(),
					byLetter.getOrDefault(letter.id(), List.of()), letter.attempts()))
			.toList();
	}

	private static Map<String, String> headers(String json) {
		return JSON.readValue(json, new TypeReference<Map<String, String>>() {
		});
	}

}
