package org.cercle.app;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.community.Role;
import org.cercle.events.TestEvents;
import org.cercle.events.registration.Seats;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * No N+1 queries: an article page, the home page and an event page make a small, fixed
 * number of SQL statements, whatever the number of comments, tags or registrations.
 */
@IntegrationTest
@TestPropertySource(properties = "cercle.content-cache.enabled=false") // what a page
																		// costs when read
																		// from scratch
class QueryCountIntegrationTests {

	/**
	 * The article page read from scratch is the dearest: its article, neighbours, related
	 * articles, comments and, since write-ups, the events it reports on (13; all but the
	 * comments are kept in the content cache in production).
	 */
	static final int MOST_STATEMENTS_PER_PAGE = 13;

	/**
	 * A signed-in page also counts the member's unread notifications for the header; the
	 * article page asks whether the member wrote or reported a comment there and the
	 * comments' gates (closed, stopped) before rendering the shared section (here,
	 * content caches off, it is rendered each time; SharedCommentSectionsIntegrationTests
	 * counts a page served from it).
	 */
	static final int MOST_STATEMENTS_PER_SIGNED_IN_PAGE = MOST_STATEMENTS_PER_PAGE + 3;

	private final AtomicInteger renders = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	TestEvents events;

	@Autowired
	Seats seats;

	@Test
	void anArticlePageMakesTheSameQueriesWithTwoOrTwentyComments() {
		var path = "/articles/" + articles.published(members.create("auteur-requetes", Role.AUTHOR).id());
		comment(path, 2);
		var reader = members.create("lecteur-requetes");
		var withTwo = statements(path, null);
		var withTwoSignedIn = statements(path, reader);
		comment(path, 18);
		assertThat(statements(path, null)).isEqualTo(withTwo).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
		assertThat(statements(path, reader)).isEqualTo(withTwoSignedIn)
			.isLessThanOrEqualTo(MOST_STATEMENTS_PER_SIGNED_IN_PAGE);
	}

	@Test
	void theHomePageMakesAFixedNumberOfQueries() {
		var before = statements("/", null);
		articles.published(members.create("auteur-accueil", Role.AUTHOR).id());
		assertThat(statements("/", null)).isEqualTo(before).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
	}

	@Test
	void anEventPageMakesTheSameQueriesWithThreeOrThirtyRegistrations() {
		var event = events.published("Matinée des requêtes", LocalDateTime.now().plusDays(30).withNano(0), 100);
		var path = "/events/" + event.slug();
		register(event.id(), 3);
		var withThree = statements(path, null);
		register(event.id(), 27);
		assertThat(statements(path, null)).isEqualTo(withThree).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
	}

	private int statements(String path, Member viewer) {
		// an address never asked before, so that the page is rendered, not taken from the
		// page cache
		var uncached = path + "?rendu=" + renders.incrementAndGet();
		return SqlStatements.countedDuring(() -> {
			var request = mvc.get().uri(uncached);
			var result = viewer == null ? request.exchange()
					: request.with(user(TestMembers.principal(viewer))).exchange();
			assertThat(result).hasStatusOk();
		});
	}

	private void comment(String path, int count) {
		for (int i = 0; i < count; i++) {
			assertThat(mvc.post()
				.uri(path + "/comments")
				.param("body", "Commentaire " + i)
				.with(user(TestMembers.principal(members.create("commentateur", Role.AUTHOR))))
				.with(csrf())
				.exchange()).hasStatus(302);
		}
	}

	private void register(java.util.UUID event, int count) {
		for (int i = 0; i < count; i++) {
			seats.register(new org.cercle.events.EventId(event), members.create("inscrite").memberId());
		}
	}

}
