package org.cercle.app.federation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
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
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Cercle and an independent ActivityPub server written with Fedify, both running for
 * real: the peer finds the site by WebFinger, follows it and is accepted, receives a new
 * article as a signed {@code Create} (Fedify checks the signature against the key it
 * fetches from Cercle), and its reply arrives as a comment held for a moderator.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FediversePeerIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Test
	void aFedifyServerFollowsTheSiteGetsSignedArticlesAndItsReplyWaitsForAModerator() throws Exception {
		var base = "http://127.0.0.1:" + port;
		try (var peer = FedifyPeer.start()) {
			var peerActor = peer.await("ready").path("actor").asString();
			peer.send(Map.of("cmd", "follow", "handle", "cercle@127.0.0.1:" + port, "base", base));

			var discovered = peer.await("discovered");
			assertThat(discovered.path("subject").asString()).isEqualTo("acct:cercle@127.0.0.1:" + port);
			assertThat(discovered.path("type").asString()).isEqualTo("Service");
			assertThat(discovered.path("id").asString()).isEqualTo(base + "/ap/site");
			assertThat(discovered.path("sharedInbox").asString()).isEqualTo(base + "/ap/inbox");
			var accept = peer.await("accept");
			assertThat(accept.path("actor").asString()).isEqualTo(base + "/ap/site");
			assertThat(followers(peerActor)).isEqualTo(1);

			var author = members.create("ap-pair-auteur", Role.AUTHOR);
			var title = "Le fédivers lit Cercle " + UUID.randomUUID().toString().substring(0, 6);
			var slug = articles.publishedAndAnnounced(author.id(), title);
			var created = peer.await("create", event -> event.path("id").asString().endsWith("/articles/" + slug));
			assertThat(created.path("type").asString()).isEqualTo("Article");
			assertThat(created.path("name").asString()).isEqualTo(title);
			assertThat(created.path("actor").asString()).isEqualTo(base + "/ap/site");

			peer.send(Map.of("cmd", "reply", "inReplyTo", base + "/articles/" + slug, "content",
					"<p>Merci pour <strong>ce texte</strong> !<script>alert(1)</script></p>"));
			peer.await("sent", event -> "Create".equals(event.path("type").asString()));
			await().atMost(Duration.ofSeconds(10)).until(() -> replyStatus(peerActor) != null);
			assertThat(replyStatus(peerActor)).isEqualTo("PENDING");
			assertThat(page(base + "/articles/" + slug)).doesNotContain("Merci pour");

			var moderator = members.create("ap-moderateur", Role.MODERATOR);
			var queue = mvc.get()
				.uri("/manage/moderation?liste=pending")
				.with(user(TestMembers.principal(moderator)))
				.exchange();
			assertThat(queue.getResponse().getContentAsString()).contains("Pair Fedify");
			var reply = jdbc.sql("select id from feed_comment where remote_actor = :actor")
				.param("actor", peerActor)
				.query(UUID.class)
				.single();
			assertThat(mvc.post()
				.uri("/manage/moderation/comments/" + reply + "/approval")
				.with(user(TestMembers.principal(moderator)))
				.with(FormToken.of(queue))
				.exchange()).hasStatus(302);
			var shown = Jsoup.parse(page(base + "/articles/" + slug)).selectFirst("#commentaire-" + reply);
			assertThat(shown).isNotNull();
			assertThat(shown.select(".comment-body strong").text()).isEqualTo("ce texte");
			assertThat(shown.select("script")).isEmpty();
			assertThat(shown.select("header a").attr("href")).isEqualTo(peerActor.replace("/users/pair", "/@pair"));
			assertThat(shown.select("header").text()).contains("Pair Fedify");

			assertThat(edit(author, slug, title, "save")).hasStatus(302);
			var updated = peer.await("update", event -> event.path("id").asString().endsWith("/articles/" + slug));
			assertThat(updated.path("actor").asString()).isEqualTo(base + "/ap/site");
			assertThat(edit(author, slug, title, "archive")).hasStatus(302);
			peer.await("delete", event -> event.path("id").asString().endsWith("/articles/" + slug));

			peer.send(Map.of("cmd", "undo-follow"));
			await().atMost(Duration.ofSeconds(10)).until(() -> followers(peerActor) == 0);
		}
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult edit(org.cercle.community.member.Member author,
			String slug, String title, String action) {
		var form = mvc.get().uri("/manage/articles/" + slug).with(user(TestMembers.principal(author))).exchange();
		return mvc.post()
			.uri("/manage/articles/" + slug)
			.param("action", action)
			.param("title", title)
			.param("summary", "Un résumé revu.")
			.param("body", "Un texte revu, à commenter.")
			.param("tags", "")
			.with(user(TestMembers.principal(author)))
			.with(FormToken.of(form))
			.exchange();
	}

	private long followers(String actor) {
		return jdbc.sql("select count(*) from app_follower where follower = :actor and actor = 'site'")
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	private String replyStatus(String actor) {
		return jdbc.sql("select status from feed_comment where remote_actor = :actor")
			.param("actor", actor)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static String page(String address) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
