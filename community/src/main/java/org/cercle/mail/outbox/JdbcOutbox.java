package org.cercle.mail.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.mail.Letter;
import org.cercle.mail.Outbox;

/**
 * Writes letters into {@code mail_outbox} in the caller's transaction; wakes the worker
 * at commit.
 */
@Component
class JdbcOutbox implements Outbox {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final MailSettings settings;

	private final OutboxWorker worker;

	private final Clock clock;

	JdbcOutbox(JdbcClient jdbc, MailSettings settings, OutboxWorker worker, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.worker = worker;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public String queue(Letter letter) {
		var id = UUID.randomUUID();
		var messageId = "<" + id + "@" + settings.host() + ">";
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into mail_outbox (id, message_id, kind, recipient, recipient_name, language, subject,
				    text_body, html_body, headers, next_attempt_at, created_at)
				values (:id, :messageId, :kind, :to, :name, :language, :subject, :text, :html, cast(:headers as jsonb),
				    :now, :now)""")
			.param("id", id)
			.param("messageId", messageId)
			.param("kind", letter.kind())
			.param("to", letter.to())
			.param("name", letter.toName())
			.param("language", letter.locale().toLanguageTag())
			.param("subject", letter.subject())
			.param("text", letter.text())
			.param("html", letter.html())
			.param("headers", JSON.writeValueAsString(letter.headers()))
			.param("now", now)
			.update();
		var position = 0;
		for (var attachment : letter.attachments()) {
			jdbc.sql("""
					insert into mail_outbox_attachment (message, position, filename, content_type, content, content_id)
					values (:id, :position, :filename, :type, :content, :cid)""")
				.param("id", id)
				.param("position", position++)
				.param("filename", attachment.filename())
				.param("type", attachment.contentType())
				.param("content", attachment.content())
				.param("cid", attachment.contentId())
				.update();
		}
		worker.wakeAfterCommit();
		return messageId;
	}

}
