package org.cercle.mail.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.SecondInstance;
import org.cercle.testsupport.TestMailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on one database, sending to one SMTP server: a burst of
 * letters is sent with none twice and none lost; a letter committed and never sent (its
 * instance was killed) goes out from a freshly started instance; a letter left claimed by
 * an instance that died mid-send is sent once its lease is over, with the same
 * Message-ID.
 */
@IntegrationTest
class OutboxClusterIntegrationTests {

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail server;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	OutboxWorker worker;

	@Test
	void aLetterCommittedButNeverSentGoesOutFromAFreshInstance() throws Exception {
		var to = OutboxIntegrationTests.address();
		var messageId = insert(to, "Restée dans la file", null, null);
		try (var fresh = secondInstance()) {
			var received = mailbox.await(to, 1).get(0);
			assertThat(received.getHeader("Message-ID")[0]).isEqualTo(messageId);
		}
	}

	@Test
	void aLetterLeftClaimedByADeadInstanceIsSentWhenItsLeaseIsOver() throws Exception {
		var to = OutboxIntegrationTests.address();
		var messageId = insert(to, "Envoi interrompu", "instance-tuee", Instant.now().plusSeconds(2));
		worker.sendDue();
		assertThat(mailbox.to(to)).as("not while the lease holds").isEmpty();
		await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofSeconds(2)).until(() -> {
			worker.sendDue();
			return !mailbox.to(to).isEmpty();
		});
		assertThat(mailbox.to(to).get(0).getHeader("Message-ID")[0]).isEqualTo(messageId);
	}

	@Test
	void twoInstancesSendABurstOf200LettersNoneTwiceNoneLost() throws Exception {
		var prefix = "rafale-" + UUID.randomUUID().toString().substring(0, 6);
		var ids = new HashSet<String>();
		try (var second = secondInstance()) {
			Thread.sleep(2500); // its worker starts polling two seconds after start-up
			ids.addAll(jdbc.sql("""
					insert into mail_outbox (id, message_id, kind, recipient, language, subject, text_body, html_body,
					    next_attempt_at, created_at)
					select id, '<' || id || '@test.cercle>', 'test.cluster', :prefix || '-' || n || '@exemple.ch', 'fr',
					       'Rafale ' || n, 'Texte.', '<p>HTML</p>', now(), now()
					from (select gen_random_uuid() as id, n from generate_series(1, 200) n) letters
					returning message_id""").param("prefix", prefix).query(String.class).list());
			var first = new Thread(() -> {
				for (int round = 0; round < 200 && sent(prefix) < 200; round++) {
					worker.sendDue();
					sleep(20);
				}
			});
			first.start();
			await().atMost(Duration.ofSeconds(60)).until(() -> sent(prefix) == 200);
			first.join();
		}
		var received = new HashSet<String>();
		var count = 0;
		for (var message : server.getReceivedMessages()) {
			if (recipient(message).startsWith(prefix)) {
				count++;
				received.add(message.getHeader("Message-ID")[0]);
			}
		}
		assertThat(count).as("none twice").isEqualTo(200);
		assertThat(received).as("none lost").isEqualTo(ids);
		var workers = jdbc.sql("select count(distinct claimed_by) from mail_outbox where recipient like :prefix")
			.param("prefix", prefix + "-%")
			.query(Long.class)
			.single();
		assertThat(workers).as("both instances took part").isEqualTo(2);
	}

	private long sent(String prefix) {
		return jdbc.sql("select count(*) from mail_outbox where recipient like :prefix and status = 'SENT'")
			.param("prefix", prefix + "-%")
			.query(Long.class)
			.single();
	}

	private String insert(String to, String subject, String claimedBy, Instant claimedUntil) {
		var id = UUID.randomUUID();
		var messageId = "<" + id + "@test.cercle>";
		jdbc.sql("""
				insert into mail_outbox (id, message_id, kind, recipient, language, subject, text_body, html_body,
				    next_attempt_at, created_at, claimed_by, claimed_until)
				values (:id, :messageId, 'test.cluster', :to, 'fr', :subject, 'Texte.', '<p>HTML</p>', now(), now(),
				    :by, :until)""")
			.param("id", id)
			.param("messageId", messageId)
			.param("to", to)
			.param("subject", subject)
			.param("by", claimedBy)
			.param("until", claimedUntil == null ? null : Timestamp.from(claimedUntil))
			.update();
		return messageId;
	}

	/**
	 * Another instance of the application, sending to the same SMTP server, polling
	 * often.
	 */
	private ConfigurableApplicationContext secondInstance() {
		return SecondInstance.start(dataSource, "--cercle.mail.embedded=false", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + server.getSmtp().getPort(), "--cercle.mail.poll=PT0.05S",
				"--cercle.mail.batch=10", "--cercle.page-cache.enabled=false");
	}

	private static String recipient(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			return "";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
