package org.cercle.app.devmail;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import org.cercle.mail.Letter;
import org.cercle.mail.Outbox;
import org.cercle.testsupport.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With an SMTP server configured ({@code spring.mail.*}), letters go to it, no in-process
 * server starts and {@code /dev/mail} does not exist.
 */
@SpringBootTest(properties = { "cercle.embedded-postgres.enabled=false", "cercle.demo.enabled=false" })
@Import(TestDatabaseConfiguration.class)
@AutoConfigureMockMvc
class ConfiguredSmtpIntegrationTests {

	static final GreenMail CONFIGURED = start();

	static GreenMail start() {
		var server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> CONFIGURED.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		CONFIGURED.stop();
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void devMailIsAbsentAndNoInProcessServerRuns() {
		assertThat(mvc.get().uri("/dev/mail").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/dev/mail/1").exchange()).hasStatus(404);
		assertThat(context.getBeanNamesForType(GreenMail.class)).isEmpty();
	}

	@Test
	void lettersGoToTheConfiguredServer() throws Exception {
		transactions.executeWithoutResult(
				status -> outbox.queue(new Letter("test.configured", "configure@exemple.ch", null, Locale.FRENCH,
						"Par le serveur configuré", "Texte.", "<p>HTML</p>", Map.of(), java.util.List.of())));
		await().atMost(Duration.ofSeconds(10)).until(() -> CONFIGURED.getReceivedMessages().length > 0);
		assertThat(CONFIGURED.getReceivedMessages()[0].getSubject()).isEqualTo("Par le serveur configuré");
	}

}
