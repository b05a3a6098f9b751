package org.cercle.app.cache;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.community.Role;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;
import org.cercle.testsupport.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signed-in members get what everyone sees from memory, but never stale, and their own
 * state fresh.
 */
@IntegrationTest
class ContentCachesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContentChanges changes;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Autowired
	LocalCommits localCommits;

	@Test
	void everyCommitOfThisInstanceCountsAtOnce() {
		assertThat(((org.springframework.transaction.support.AbstractPlatformTransactionManager) transactions)
			.getTransactionExecutionListeners()).contains(localCommits);
	}

	@Test
	void aMemberRereadingAnArticleCostsFewerQueriesAndStillSeesTheirOwnPendingComment() {
		var path = "/articles/" + articles.published(members.create("auteur-memoire", Role.AUTHOR).id());
		var newcomer = members.create("nouvelle-memoire");
		HeardChanges.awaitAllHeard(changes);
		// A change committed meanwhile by another test's background work rightly empties
		// the caches: the pair is tried again until it is quiet.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			var first = statements(path, newcomer);
			var again = statements(path, newcomer);
			assertThat(again).isLessThan(first);
		});

		assertThat(mvc.post()
			.uri(path + "/comments")
			.param("body", "Ma première remarque.")
			.with(user(TestMembers.principal(newcomer)))
			.with(csrf())
			.exchange()).hasStatus(302);
		var page = Pages.html(mvc.get().uri(path).with(user(TestMembers.principal(newcomer))).exchange());
		assertThat(page.select(".comment").text()).contains("Ma première remarque.", "En attente de modération");
	}

	@Test
	void anArticleChangedByAnotherInstanceReachesSignedInMembersToo() {
		var slug = articles.published(members.create("auteur-memoire2", Role.AUTHOR).id());
		var reader = members.create("lectrice-memoire");
		HeardChanges.awaitAllHeard(changes);
		assertThat(title(slug, reader)).startsWith("Article de test");
		assertThat(title(slug, reader)).startsWith("Article de test");
		jdbc.sql("update feed_article set title = 'Retitré ailleurs' where slug = :s").param("s", slug).update();
		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(title(slug, reader)).isEqualTo("Retitré ailleurs"));
	}

	private String title(String slug, Member reader) {
		return Pages.html(mvc.get().uri("/articles/" + slug).with(user(TestMembers.principal(reader))).exchange())
			.select("h1")
			.text();
	}

	private int statements(String path, Member viewer) {
		return SqlStatements
			.countedDuring(() -> assertThat(mvc.get().uri(path).with(user(TestMembers.principal(viewer))).exchange())
				.hasStatusOk());
	}

}
