package org.cercle.app.federation;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A remote server that sends more than its share in a minute is told to wait (429). */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "cercle.federation.per-domain-per-minute=3")
class InboxRateLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Test
	void theActivitiesOfOneServerBeyondItsLimitAreRefusedInFrench() throws Exception {
		var inbox = "http://127.0.0.1:" + port + "/ap/inbox";
		try (var remote = new RemoteActorServer("localhost")) {
			var statuses = new int[4];
			String refusal = "";
			for (int i = 0; i < statuses.length; i++) {
				var like = """
						{"@context":"https://www.w3.org/ns/activitystreams","id":"%s/likes/%s","type":"Like",
						 "actor":"%s","object":"http://127.0.0.1:%s/articles/inconnu"}""".formatted(remote.base,
						UUID.randomUUID(), remote.actor(), port);
				var response = RemoteActorServer.post(inbox, like, remote.signed(inbox, like, clock.instant()));
				statuses[i] = response.statusCode();
				refusal = response.body();
			}
			assertThat(statuses).containsExactly(202, 202, 202, 429);
			assertThat(refusal).contains("Trop d");
		}
	}

}
