package org.cercle.mail.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.mail.Letter;
import org.cercle.mail.Outbox;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;
import org.cercle.testsupport.TestMailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The outbox against the tests' real SMTP server: a letter committed is sent once, with
 * the Message-ID it was given; a refused attempt is retried, then given up, then retried
 * by an admin; old bodies are purged and the admin's log never shows a body.
 */
@IntegrationTest
class OutboxIntegrationTests {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxWorker worker;

	@Autowired
	OutboxPurge purge;

	@Autowired
	TestMailbox mailbox;

	@Autowired
	GreenMail server;

	@Autowired
	JavaMailSenderImpl sender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void aCommittedLetterIsSentOnceWithItsMessageIdBothPartsAndItsAttachment() throws Exception {
		var to = address();
		var letter = letter(to, "Une lettre avec pièce jointe")
			.withAttachment(new Letter.Attachment("invitation.ics", "text/calendar",
					"BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)))
			.withHeader("List-Unsubscribe", "<https://cercle.example/desabonnement/x>");
		var messageId = transactions.execute(status -> outbox.queue(letter));
		var received = mailbox.await(to, 1).get(0);
		assertThat(received.getHeader("Message-ID")[0]).isEqualTo(messageId);
		assertThat(received.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://cercle.example/desabonnement/x>");
		assertThat(TestMailbox.text(received)).contains("Le texte brut");
		assertThat(TestMailbox.html(received)).contains("<p>Le HTML</p>");
		assertThat(received.getContentType()).startsWith("multipart/mixed");
		await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(status(messageId)));
		Thread.sleep(300);
		assertThat(mailbox.to(to)).hasSize(1);
	}

	@Test
	void aLetterRolledBackWithItsCauseIsNeverSent() throws Exception {
		var to = address();
		transactions.executeWithoutResult(status -> {
			outbox.queue(letter(to, "Jamais"));
			status.setRollbackOnly();
		});
		Thread.sleep(500);
		assertThat(mailbox.to(to)).isEmpty();
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to")
			.param("to", to)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aLetterTheServerCouldNotTakeIsRetriedThenSentWithoutTheRequestWaiting() {
		var to = address();
		server.stop();
		String messageId;
		try {
			messageId = transactions.execute(status -> outbox.queue(letter(to, "Serveur absent")));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> attempts(messageId) == 1 && lastError(messageId) != null);
			assertThat(status(messageId)).isEqualTo("QUEUED");
		}
		finally {
			server.start();
			sender.setPort(server.getSmtp().getPort());
		}
		await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ofMillis(1100)).until(() -> {
			worker.sendDue();
			return "SENT".equals(status(messageId));
		});
		assertThat(attempts(messageId)).isEqualTo(2);
		assertThat(mailbox.to(to)).hasSize(1);
	}

	@Test
	void aLetterIsGivenUpAfterItsLastAttemptAndAnAdminCanRetryIt() {
		var to = address();
		String messageId = transactions.execute(status -> outbox.queue(letter(to, "Abandonnée")));
		mailbox.await(to, 1);
		await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(status(messageId)));
		jdbc.sql("""
				update mail_outbox set status = 'FAILED', attempts = 8, last_error = '550 boîte inconnue'
				where message_id = :id""").param("id", messageId).update();
		var admin = members.create("admin-courrier", Role.ADMIN);
		var page = mvc.get()
			.uri("/manage/mail?status=FAILED&to=" + to)
			.with(user(TestMembers.principal(admin)))
			.exchange();
		assertThat(page).hasStatus(200);
		var html = Pages.html(page);
		assertThat(html.select("td:contains(" + to + ")")).isNotEmpty();
		assertThat(html.text()).contains("550 boîte inconnue")
			.doesNotContain("Le texte brut")
			.doesNotContain("Abandonnée");
		var id = jdbc.sql("select id from mail_outbox where message_id = :id")
			.param("id", messageId)
			.query(UUID.class)
			.single();
		var retried = mvc.post()
			.uri("/manage/mail/" + id + "/retry")
			.with(csrf())
			.with(user(TestMembers.principal(admin)))
			.exchange();
		assertThat(retried).hasStatus(302);
		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(messageId)));
		assertThat(mailbox.to(to)).hasSize(2);
	}

	@Test
	void aLetterFailsForGoodAfterTheLastAttempt() {
		var to = address();
		server.stop();
		String messageId;
		try {
			messageId = transactions.execute(status -> outbox.queue(letter(to, "Dernière chance")));
			jdbc.sql("update mail_outbox set attempts = 7 where message_id = :id").param("id", messageId).update();
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				worker.sendDue();
				return "FAILED".equals(status(messageId));
			});
		}
		finally {
			server.start();
			sender.setPort(server.getSmtp().getPort());
		}
		assertThat(attempts(messageId)).isEqualTo(8);
		assertThat(lastError(messageId)).isNotBlank();
	}

	@Test
	void sentBodiesArePurgedAfterTheirTimeAndTheLogLineStays() {
		var to = address();
		String messageId = transactions.execute(status -> outbox.queue(letter(to, "À oublier")));
		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(messageId)));
		jdbc.sql("update mail_outbox set sent_at = now() - interval '31 days' where message_id = :id")
			.param("id", messageId)
			.update();
		purge.purge();
		var row = jdbc.sql(
				"select subject, text_body, html_body, recipient, kind, status from mail_outbox where message_id = :id")
			.param("id", messageId)
			.query((rs,
					n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6) })
			.single();
		assertThat(row[0]).isNull();
		assertThat(row[1]).isNull();
		assertThat(row[2]).isNull();
		assertThat(row[3]).isEqualTo(to);
		assertThat(row[4]).isEqualTo("test.letter");
		assertThat(row[5]).isEqualTo("SENT");
	}

	private String status(String messageId) {
		return jdbc.sql("select status from mail_outbox where message_id = :id")
			.param("id", messageId)
			.query(String.class)
			.single();
	}

	private int attempts(String messageId) {
		return jdbc.sql("select attempts from mail_outbox where message_id = :id")
			.param("id", messageId)
			.query(Integer.class)
			.single();
	}

	private String lastError(String messageId) {
		return jdbc.sql("select last_error from mail_outbox where message_id = :id")
			.param("id", messageId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	static String address() {
		return "boite-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.ch";
	}

	static Letter letter(String to, String subject) {
		return new Letter("test.letter", to, "Léa Test", Locale.FRENCH, subject, "Le texte brut.", "<p>Le HTML</p>",
				Map.of(), java.util.List.of());
	}

}
