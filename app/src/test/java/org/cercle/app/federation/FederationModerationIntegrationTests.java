package org.cercle.app.federation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.FormToken;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Moderators decide for each remote server (held by default, trusted, blocked) and block
 * remote accounts, whose replies are then hidden; an admin renews the keys; readers find
 * the site's handle and are sent to their own server to follow it.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FederationModerationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	org.cercle.events.TestEvents events;

	private RemoteActorServer remote;

	@BeforeEach
	void remoteServer() throws Exception {
		remote = new RemoteActorServer("localhost");
	}

	@AfterEach
	void stop() {
		remote.close();
		jdbc.sql("delete from app_remote_server where domain = 'localhost'").update();
		jdbc.sql("delete from app_remote_blocked_actor").update();
	}

	/**
	 * Posts a body signed by the remote actor to the shared inbox; returns the status.
	 */
	private int send(String body) throws Exception {
		var inbox = "http://127.0.0.1:" + port + "/ap/inbox";
		return RemoteActorServer.post(inbox, body, remote.signed(inbox, body, clock.instant())).statusCode();
	}

	/** A reply from the remote actor to the article; returns the inbox's status. */
	private int reply(String slug, String html) throws Exception {
		var note = remote.base + "/notes/" + UUID.randomUUID();
		return send(
				"""
						{"@context":"https://www.w3.org/ns/activitystreams","id":"%1$s/activity","type":"Create",
						 "actor":"%2$s","object":{"id":"%1$s","type":"Note","attributedTo":"%2$s","content":"%3$s",
						 "inReplyTo":"http://127.0.0.1:%4$s/articles/%5$s","to":["https://www.w3.org/ns/activitystreams#Public"]}}"""
					.formatted(note, remote.actor(), html, port, slug));
	}

	private String status(String html) {
		return jdbc.sql("select status from feed_comment where remote_actor = :actor and body_html = :html")
			.param("actor", remote.actor())
			.param("html", html)
			.query(String.class)
			.single();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(
			org.cercle.community.member.Member moderator, String path, Map<String, String> params) {
		var request = mvc.post().uri(path);
		for (var param : params.entrySet()) {
			request = request.param(param.getKey(), param.getValue());
		}
		var form = mvc.get().uri("/manage/federation").with(user(TestMembers.principal(moderator))).exchange();
		return request.with(user(TestMembers.principal(moderator))).with(FormToken.of(form)).exchange();
	}

	@Test
	void repliesAreHeldByDefaultPublishedFromATrustedServerAndHiddenWhenTheirAccountIsBlocked() throws Exception {
		var moderator = members.create("ap-moderation", Role.MODERATOR);
		var slug = articles.published(members.create("ap-moderation-auteur", Role.AUTHOR).id());
		assertThat(reply(slug, "<p>Retenue</p>")).isEqualTo(202);
		assertThat(status("<p>Retenue</p>")).isEqualTo("PENDING");

		assertThat(post(moderator, "/manage/federation/servers", Map.of("domain", "LOCALHOST", "policy", "TRUSTED")))
			.hasStatus(302);
		assertThat(reply(slug, "<p>Publiée</p>")).isEqualTo(202);
		assertThat(status("<p>Publiée</p>")).isEqualTo("PUBLISHED");
		var page = Jsoup.parse(HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles/" + slug)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body());
		assertThat(page.select(".comment-body").text()).contains("Publiée").doesNotContain("Retenue");
		assertThat(page.select(".comment header a").attr("href")).isEqualTo(remote.base + "/@loin");

		var refused = post(moderator, "/manage/federation/accounts/blocking", Map.of("actor", remote.actor()));
		assertThat(refused).hasStatus(400);
		assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Donnez la raison du blocage.");
		assertThat(post(moderator, "/manage/federation/accounts/blocking",
				Map.of("actor", remote.actor(), "reason", "Publicité")))
			.hasStatus(302);
		assertThat(status("<p>Publiée</p>")).isEqualTo("HIDDEN");
		assertThat(reply(slug, "<p>Après blocage</p>")).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from community_audit_entry where action = 'FEDERATION_ACCOUNT_BLOCKED'")
			.query(Long.class)
			.single()).isPositive();

		var manage = mvc.get().uri("/manage/federation").with(user(TestMembers.principal(moderator))).exchange();
		assertThat(manage).hasStatusOk();
		assertThat(Jsoup.parse(manage.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.select("li:contains(Lointaine) strong")
			.text()).isEqualTo("bloqué");
	}

	@Test
	void aPublishedEventReachesTheSitesFollowersAsAMobilizonReadableEvent() throws Exception {
		var follow = """
				{"@context":"https://www.w3.org/ns/activitystreams","id":"%s/follows/%s","type":"Follow",
				 "actor":"%s","object":"http://127.0.0.1:%s/ap/site"}""".formatted(remote.base, UUID.randomUUID(),
				remote.actor(), port);
		assertThat(send(follow)).isEqualTo(202);
		var event = events.publishedAndAnnounced("Matinée fédérée", java.time.LocalDateTime.of(2031, 3, 4, 8, 0), 30);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> remote.received.stream().anyMatch(body -> body.contains(event.slug())));
		var create = remote.received.stream().filter(body -> body.contains(event.slug())).findFirst().orElseThrow();
		assertThat(create).contains("\"type\":\"Create\"", "\"type\":\"Event\"", "\"startTime\"",
				"\"joinMode\":\"external\"", "\"maximumAttendeeCapacity\":30", "\"type\":\"Place\"");
		jdbc.sql("delete from app_follower where follower = :actor").param("actor", remote.actor()).update();
	}

	@Test
	void aReplyToARemoteReplyJoinsItsThreadAndLikesAreCounted() throws Exception {
		jdbc.sql(
				"insert into app_remote_server (domain, policy, decided_by, decided_at) values ('localhost', 'TRUSTED', :by, now())")
			.param("by", UUID.randomUUID())
			.update();
		var slug = articles.published(members.create("ap-fil-auteur", Role.AUTHOR).id());
		var article = "http://127.0.0.1:" + port + "/articles/" + slug;
		var first = remote.base + "/notes/" + UUID.randomUUID();
		assertThat(send(note(first, article, "<p>Premier</p>"))).isEqualTo(202);
		var second = remote.base + "/notes/" + UUID.randomUUID();
		assertThat(send(note(second, first, "<p>Suite</p>"))).isEqualTo(202);
		assertThat(jdbc.sql("""
				select count(*) from feed_comment c join feed_comment p on c.parent_id = p.id
				where c.remote_id = :second and p.remote_id = :first""")
			.param("second", second)
			.param("first", first)
			.query(Long.class)
			.single()).isEqualTo(1);

		var like = """
				{"@context":"https://www.w3.org/ns/activitystreams","id":"%s/likes/%s","type":"Like",
				 "actor":"%s","object":"%s"}""";
		assertThat(send(like.formatted(remote.base, UUID.randomUUID(), remote.actor(), article))).isEqualTo(202);
		assertThat(send(like.formatted(remote.base, UUID.randomUUID(), remote.actor(), article)))
			.as("a second like by the same account")
			.isEqualTo(202);
		var object = mvc.get().uri("/ap/objects/articles/" + slug).exchange().getResponse();
		var likes = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body(object)).path("likes");
		assertThat(likes.path("type").asString()).isEqualTo("Collection");
		assertThat(likes.path("totalItems").asInt()).isEqualTo(1);
	}

	private String note(String id, String inReplyTo, String html) {
		return """
				{"@context":"https://www.w3.org/ns/activitystreams","id":"%1$s/activity","type":"Create",
				 "actor":"%2$s","object":{"id":"%1$s","type":"Note","attributedTo":"%2$s","content":"%3$s",
				 "inReplyTo":"%4$s","to":["https://www.w3.org/ns/activitystreams#Public"]}}""".formatted(id,
				remote.actor(), html, inReplyTo);
	}

	@Test
	void aBadDomainIsRefusedInFrenchAndNothingIsSaved() throws Exception {
		var moderator = members.create("ap-moderation-bis", Role.MODERATOR);
		var refused = post(moderator, "/manage/federation/servers",
				Map.of("domain", "pas un domaine", "policy", "BLOCKED"));
		assertThat(refused).hasStatus(400);
		assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("Ce n&#39;est pas un nom de domaine");
		assertThat(
				jdbc.sql("select count(*) from app_remote_server where domain like 'pas%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void anAdminRenewsTheKeysAndTheActorPublishesTheNewOne() {
		var before = mvc.get().uri("/ap/site").exchange().getResponse();
		var admin = members.create("ap-admin-cles", Role.ADMIN);
		assertThat(post(members.create("ap-moderateur-cles", Role.MODERATOR), "/manage/federation/keys", Map.of()))
			.hasStatus(403);
		assertThat(post(admin, "/manage/federation/keys", Map.of())).hasStatus(302);
		var after = mvc.get().uri("/ap/site").exchange().getResponse();
		assertThat(body(after)).contains("publicKeyPem").isNotEqualTo(body(before));
	}

	@Test
	void aReaderFindsTheHandleAndIsSentToTheirServerToFollow() throws Exception {
		var page = Jsoup.parse(body(mvc.get().uri("/fediverse").exchange().getResponse()));
		assertThat(page.select("#handle").val()).isEqualTo("@cercle@localhost");
		assertThat(mvc.get().uri("/fediverse/suivre?instance=Mastodon.Example").exchange()).hasStatus(302)
			.hasRedirectedUrl("https://mastodon.example/authorize_interaction?uri=acct%3Acercle%40localhost");
		var refused = mvc.get().uri("/fediverse/suivre?instance=javascript:alert(1)").exchange();
		assertThat(refused).hasStatus(400);
		assertThat(body(refused.getResponse())).contains("Ce n&#39;est pas un nom de serveur");
	}

	private static String body(org.springframework.mock.web.MockHttpServletResponse response) {
		try {
			return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
