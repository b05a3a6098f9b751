package org.cercle.mail.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.cercle.shared.Wakeup;

/**
 * Sends the letters due, in batches, on every instance: each batch is claimed (see
 * {@link Claims}), sent over one SMTP connection, and each letter recorded as sent or
 * failed; a failed letter is retried later with exponential back-off, and given up after
 * the last attempt. Runs every {@code cercle.mail.poll} and at once when a letter is
 * committed here.
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
public class OutboxWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private final Claims claims;

	private final ObjectProvider<JavaMailSender> senders;

	private final MailSettings settings;

	private final Clock clock;

	private final String name = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final ReentrantLock running = new ReentrantLock();

	private final Wakeup wakeup = new Wakeup("mail-outbox", this::sendDue);

	private volatile boolean warned;

	OutboxWorker(Claims claims, ObjectProvider<JavaMailSender> senders, MailSettings settings, Clock clock) {
		this.claims = claims;
		this.senders = senders;
		this.settings = settings;
		this.clock = clock;
	}

	/** Looks for letters due now, soon, on the worker's own thread. */
	void wake() {
		wakeup.now();
	}

	/**
	 * Wakes the worker once the current transaction commits (at once when there is none).
	 */
	void wakeAfterCommit() {
		wakeup.afterCommit();
	}

	/**
	 * Sends every letter due, batch after batch; returns how many were sent or failed.
	 */
	@Scheduled(fixedDelayString = "${cercle.mail.poll:PT1S}", initialDelayString = "PT2S")
	public int sendDue() {
		var sender = senders.getIfAvailable();
		if (sender == null) {
			warnOnce();
			return 0;
		}
		if (!running.tryLock()) {
			return 0;
		}
		try {
			var handled = 0;
			int batch;
			do {
				batch = sendBatch(new SmtpDelivery(sender, settings.sender()));
				handled += batch;
			}
			while (batch == settings.batch());
			return handled;
		}
		catch (RuntimeException databaseDown) {
			log.warn("Mail outbox: could not send letters now ({})", databaseDown.getMessage());
			return 0;
		}
		finally {
			running.unlock();
		}
	}

	int sendBatch(SmtpDelivery delivery) {
		var now = clock.instant();
		var letters = claims.claim(name, settings.batch(), now, now.plus(settings.lease()));
		if (letters.isEmpty()) {
			return 0;
		}
		var failures = delivery.send(letters);
		var done = clock.instant();
		for (var letter : letters) {
			var error = failures.get(letter.id());
			if (error == null) {
				claims.sent(letter.id(), name, done);
			}
			else {
				claims.failed(letter.id(), name, error, done.plus(settings.backoff(letter.attempts())),
						settings.maxAttempts());
				log.warn("Mail outbox: letter {} not sent (attempt {} of {}): {}", letter.messageId(),
						letter.attempts(), settings.maxAttempts(), error);
			}
		}
		return letters.size();
	}

	private void warnOnce() {
		if (!warned) {
			warned = true;
			log.warn("No SMTP server configured (spring.mail.host): letters wait in the outbox");
		}
	}

	@Override
	public void destroy() {
		wakeup.close();
	}

}
