package org.cercle.app.cache;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.account.TestMembers;
import org.cercle.community.Role;
import org.cercle.events.TestEvents;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;
import org.cercle.testsupport.SqlStatements;

import org.cercle.app.security.SecurityConfiguration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Anonymous pages come from memory, but never once the database says something changed.
 */
@IntegrationTest
class PageCacheIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestEvents events;

	@Autowired
	ContentChanges changes;

	@Test
	void aRepeatedAnonymousPageIsServedFromMemoryWithoutAnyQuery() {
		var path = "/articles/" + articles.published(members.create("auteur-cache", Role.AUTHOR).id());
		HeardChanges.awaitAllHeard(changes);
		// Another test's background work may commit a change between the two requests,
		// which rightly empties the cache: the pair is tried again until it is quiet.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			var first = Pages.body(mvc.get().uri(path).exchange());
			var statements = SqlStatements
				.countedDuring(() -> assertThat(Pages.body(mvc.get().uri(path).exchange())).isEqualTo(first));
			assertThat(statements).isZero();
		});
	}

	@Test
	void aCachedPageKeepsSpringSecuritysHeaders() {
		var path = "/articles/" + articles.published(members.create("auteur-cache5", Role.AUTHOR).id());
		HeardChanges.awaitAllHeard(changes);
		mvc.get().uri(path).exchange();
		var cached = mvc.get().uri(path).exchange();
		assertThat(cached).hasStatusOk()
			.headers()
			.hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY)
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Cache-Control", "no-cache")
			.containsHeader("ETag")
			.doesNotContainHeader("Set-Cookie");
	}

	@Test
	void aNewCommentIsOnTheVeryNextAnonymousRequest() {
		var path = "/articles/" + articles.published(members.create("auteur-cache2", Role.AUTHOR).id());
		assertThat(Pages.html(mvc.get().uri(path).exchange()).select(".comment-body")).isEmpty();
		assertThat(mvc.post()
			.uri(path + "/comments")
			.param("body", "Tout frais.")
			.with(user(TestMembers.principal(members.create("rapide", Role.AUTHOR))))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(Pages.html(mvc.get().uri(path).exchange()).select(".comment-body").text()).isEqualTo("Tout frais.");
	}

	@Test
	void aRegistrationChangesTheSeatsLeftOnTheVeryNextAnonymousRequest() {
		var event = events.published("Matinée du cache", LocalDateTime.now().plusDays(20).withNano(0), 10);
		var path = "/events/" + event.slug();
		HeardChanges.awaitAllHeard(changes);
		assertThat(Pages.body(mvc.get().uri(path).exchange())).contains("10 places libres sur 10");
		assertThat(Pages.body(mvc.get().uri(path).exchange())).contains("10 places libres sur 10");
		assertThat(mvc.post()
			.uri(path + "/registration")
			.with(user(TestMembers.principal(members.create("inscrite-cache"))))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(Pages.body(mvc.get().uri(path).exchange())).contains("9 places libres sur 10");
	}

	@Test
	void aPublishedArticleIsOnTheHomePageOnTheVeryNextAnonymousRequest() {
		var author = members.create("auteur-accueil-cache", Role.AUTHOR);
		HeardChanges.awaitAllHeard(changes);
		mvc.get().uri("/").exchange();
		assertThat(mvc.post()
			.uri("/manage/articles")
			.param("action", "publish")
			.param("title", "Tout juste publié")
			.param("summary", "Résumé")
			.param("body", "Texte.")
			.param("tags", "")
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(Pages.html(mvc.get().uri("/").exchange()).select(".card-title").eachText())
			.contains("Tout juste publié");
		// dated like the other tests' articles again, so that it is nobody's "next
		// article"
		jdbc.sql(
				"update feed_article set published_at = timestamp '2001-01-01 08:00' where title = 'Tout juste publié'")
			.update();
	}

	@Test
	void aChangeWrittenByAnotherInstanceIsSeenToo() {
		var slug = articles.published(members.create("auteur-cache3", Role.AUTHOR).id());
		assertThat(Pages.html(mvc.get().uri("/articles/" + slug).exchange()).select("h1").text())
			.startsWith("Article de test");
		// another instance writes straight to the database: only the database's
		// notification can tell this one
		jdbc.sql("update feed_article set title = 'Titre changé ailleurs' where slug = :s").param("s", slug).update();
		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(
					() -> assertThat(Pages.html(mvc.get().uri("/articles/" + slug).exchange()).select("h1").text())
						.isEqualTo("Titre changé ailleurs"));
	}

	@Test
	void afterLosingItsConnectionTheCacheListensAgainAndForgetsWhatItHeld() {
		var slug = articles.published(members.create("auteur-cache6", Role.AUTHOR).id());
		HeardChanges.awaitAllHeard(changes);
		assertThat(Pages.html(mvc.get().uri("/articles/" + slug).exchange()).select("h1").text())
			.startsWith("Article de test");
		var listener = changes.backendProcess();
		jdbc.sql("select pg_terminate_backend(:pid)").param("pid", listener).query(Boolean.class).single();
		// written while nobody listens (the listener waits 2 s before connecting again):
		// no notification
		jdbc.sql("update feed_article set title = 'Titre changé pendant la coupure' where slug = :s")
			.param("s", slug)
			.update();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> changes.isListening() && changes.backendProcess() != listener);
		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(
					() -> assertThat(Pages.html(mvc.get().uri("/articles/" + slug).exchange()).select("h1").text())
						.isEqualTo("Titre changé pendant la coupure"));
	}

	@Test
	void signedInMembersAndLanguagesGetTheirOwnPages() {
		var path = "/articles/" + articles.published(members.create("auteur-cache4", Role.AUTHOR).id());
		mvc.get().uri(path).exchange();
		var member = members.create("membre-cache");
		assertThat(Pages.html(mvc.get().uri(path).with(user(TestMembers.principal(member))).exchange())
			.select("form.comment-form")).as("a member sees the comment form").hasSize(1);
		assertThat(
				Pages.html(mvc.get().uri(path).header("Accept-Language", "en").exchange()).select("html").attr("lang"))
			.isEqualTo("en");
		assertThat(Pages.html(mvc.get().uri(path).exchange()).select("html").attr("lang")).isEqualTo("fr");
	}

}
