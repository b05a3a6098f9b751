package org.cercle.app.federation;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inboxes take only what its actor signed, once, recently, whole, in a reasonable
 * size, from a server and an account not blocked; every refusal is a French problem with
 * its 4xx status, and nothing is stored.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InboxSecurityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private RemoteActorServer remote;

	@BeforeEach
	void remoteServer() throws Exception {
		remote = new RemoteActorServer("localhost");
	}

	@AfterEach
	void stop() {
		remote.close();
		jdbc.sql("delete from app_remote_server where domain = 'localhost'").update();
	}

	private String follow(String actor) {
		return """
				{"@context":"https://www.w3.org/ns/activitystreams","id":"%s/follows/%s","type":"Follow",
				 "actor":"%s","object":"http://127.0.0.1:%s/ap/site"}""".formatted(remote.base, UUID.randomUUID(),
				actor, port);
	}

	/** A real request to the inbox, as another server sends it. */
	private HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
		return RemoteActorServer.post(inbox(), body, headers);
	}

	private String inbox() {
		return "http://127.0.0.1:" + port + "/ap/inbox";
	}

	private long following() {
		return jdbc.sql("select count(*) from app_follower where follower = :actor")
			.param("actor", remote.actor())
			.query(Long.class)
			.single();
	}

	@Test
	void aSignedFollowIsAcceptedAndAnswered() throws Exception {
		var body = follow(remote.actor());
		assertThat(post(body, remote.signed(inbox(), body, clock.instant())).statusCode()).isEqualTo(202);
		assertThat(following()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from app_delivery where inbox = :inbox and body like '%\"Accept\"%'")
			.param("inbox", remote.actor() + "/inbox")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anUnsignedActivityIsRefused() throws Exception {
		var refused = post(follow(remote.actor()), Map.of());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(refused.body()).contains("signature HTTP");
		assertThat(following()).isZero();
	}

	@Test
	void aSignatureByAnotherKeyOrOverAnotherBodyIsRefused() throws Exception {
		var body = follow(remote.actor());
		try (var impostor = new RemoteActorServer("localhost")) {
			var signedByOther = impostor.signed(inbox(), body, clock.instant());
			var forged = new java.util.HashMap<>(signedByOther);
			forged.put("signature", signedByOther.get("signature").replace(impostor.actor(), remote.actor()));
			assertThat(post(body, forged).statusCode()).isEqualTo(401);
		}
		var headers = remote.signed(inbox(), body, clock.instant());
		assertThat(post(body.replace("Follow", "Follow "), headers).statusCode()).isEqualTo(401);
		assertThat(following()).isZero();
	}

	@Test
	void aReplayedRequestIsRefused() throws Exception {
		var body = follow(remote.actor());
		var headers = remote.signed(inbox(), body, clock.instant());
		assertThat(post(body, headers).statusCode()).isEqualTo(202);
		assertThat(post(body, headers).statusCode()).isEqualTo(401);
	}

	@Test
	void anOldSignatureIsRefused() throws Exception {
		var body = follow(remote.actor());
		assertThat(post(body, remote.signed(inbox(), body, clock.instant().minus(Duration.ofHours(3)))).statusCode())
			.isEqualTo(401);
		assertThat(following()).isZero();
	}

	@Test
	void anActivityInTheNameOfAnotherActorIsRefused() throws Exception {
		var body = follow("http://localhost:1/someone-else");
		assertThat(post(body, remote.signed(inbox(), body, clock.instant())).statusCode()).isEqualTo(401);
	}

	@Test
	void anOversizedOrUnreadableBodyIsRefused() throws Exception {
		var large = "{\"type\":\"Note\",\"content\":\"" + "x".repeat(300_000) + "\"}";
		assertThat(post(large, remote.signed(inbox(), large, clock.instant())).statusCode()).isEqualTo(413);
		var notJson = "<Follow/>";
		assertThat(post(notJson, remote.signed(inbox(), notJson, clock.instant())).statusCode()).isEqualTo(400);
		var noActor = "{\"type\":\"Follow\",\"id\":\"x\"}";
		assertThat(post(noActor, remote.signed(inbox(), noActor, clock.instant())).statusCode()).isEqualTo(400);
	}

	@Test
	void aBlockedServerIsRefused() throws Exception {
		jdbc.sql(
				"insert into app_remote_server (domain, policy, decided_by, decided_at) values ('localhost', 'BLOCKED', :by, now())")
			.param("by", UUID.randomUUID())
			.update();
		var body = follow(remote.actor());
		assertThat(post(body, remote.signed(inbox(), body, clock.instant())).statusCode()).isEqualTo(403);
		assertThat(following()).isZero();
	}

}
