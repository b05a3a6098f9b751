package org.cercle.mail.outbox;

import java.sql.Timestamp;
import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets what sent letters said once {@code cercle.mail.keep-bodies} has passed (30 days
 * by default): subject, bodies, headers and attachments go; the log line (recipient,
 * kind, status, dates) stays for the admin.
 */
@Component
class OutboxPurge {

	private final JdbcClient jdbc;

	private final MailSettings settings;

	private final Clock clock;

	OutboxPurge(JdbcClient jdbc, MailSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${cercle.mail.purge-cron:0 17 3 * * *}", zone = "Europe/Zurich")
	@SchedulerLock(name = "mail.outbox.purge", lockAtMostFor = "PT30M")
	@Transactional
	public void purge() {
		var now = clock.instant();
		var before = Timestamp.from(now.minus(settings.keepBodies()));
		jdbc.sql("""
				delete from mail_outbox_attachment a using mail_outbox o
				where a.message = o.id and o.status = 'SENT' and o.sent_at < :before""")
			.param("before", before)
			.update();
		jdbc.sql("""
				update mail_outbox set subject = null, text_body = null, html_body = null, headers = '{}',
				    purged_at = :now
				where status = 'SENT' and sent_at < :before and purged_at is null""")
			.param("before", before)
			.param("now", Timestamp.from(now))
			.update();
	}

}
