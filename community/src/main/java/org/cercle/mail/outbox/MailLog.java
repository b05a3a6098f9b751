package org.cercle.mail.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as the admin sees it: who was written to, about what, and what became of it.
 * Never a subject, a body or a link: they may hold tokens.
 */
@Service
public class MailLog {

	public static final int PAGE = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OutboxWorker worker;

	MailLog(JdbcClient jdbc, Clock clock, OutboxWorker worker) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.worker = worker;
	}

	/** One line of the log. */
	public record Line(UUID id, String kind, String recipient, String status, int attempts, @Nullable String lastError,
			Instant createdAt, @Nullable Instant sentAt, Instant nextAttemptAt) {

		public boolean failed() {
			return "FAILED".equals(status);
		}

	}

	/** Counts by status, for the page's head. */
	public record Counts(long queued, long sent, long failed) {
	}

	/**
	 * The newest letters first, filtered by status (QUEUED, SENT, FAILED or null for all)
	 * and by a part of the recipient's address.
	 */
	@Transactional(readOnly = true)
	public List<Line> lines(@Nullable String status, @Nullable String recipient, int page) {
		return jdbc.sql("""
				select id, kind, recipient, status, attempts, last_error, created_at, sent_at, next_attempt_at
				from mail_outbox
				where (cast(:status as text) is null or status = :status)
				  and (cast(:recipient as text) is null or lower(recipient) like '%' || lower(:recipient) || '%')
				order by created_at desc, id limit :limit offset :offset""")
			.param("status", status)
			.param("recipient", recipient)
			.param("limit", PAGE + 1)
			.param("offset", Math.max(page, 0) * PAGE)
			.query((rs, row) -> new Line(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("recipient"), rs.getString("status"), rs.getInt("attempts"),
					rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
					rs.getTimestamp("next_attempt_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public Counts counts() {
		return jdbc.sql("""
				select count(*) filter (where status = 'QUEUED') as queued,
				       count(*) filter (where status = 'SENT') as sent,
				       count(*) filter (where status = 'FAILED') as failed
				from mail_outbox""")
			.query((rs, row) -> new Counts(rs.getLong("queued"), rs.getLong("sent"), rs.getLong("failed")))
			.single();
	}

	/**
	 * Puts a failed letter back in the queue, due now, with its attempts counted afresh.
	 */
	@Transactional
	public boolean retry(UUID id) {
		var changed = jdbc.sql("""
				update mail_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = :now, claimed_until = null
				where id = :id and status = 'FAILED' and purged_at is null""")
			.param("id", id)
			.param("now", Timestamp.from(clock.instant()))
			.update() == 1;
		if (changed) {
			worker.wakeAfterCommit();
		}
		return changed;
	}

}
