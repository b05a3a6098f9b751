package org.cercle.app.cache;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.events.TestEvents;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What a signed-in member's page costs in SQL statements, through a real session (signed
 * in with the form, its cookie sent back): nothing at all when the member reads a page
 * again; once another member read it, only what of theirs the page shows besides their
 * session and unread count.
 */
@IntegrationTest
class SignedInStatementsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	TestEvents events;

	@Autowired
	ContentChanges changes;

	private String article;

	private String event;

	@BeforeEach
	void pages() {
		article = "/articles/" + articles.published(members.create("requetes-auteur", Role.AUTHOR).id());
		event = "/events/"
				+ events.published("Matinée des requêtes membres", LocalDateTime.now().plusDays(402).withNano(0), 40)
					.slug();
	}

	private Cookie signIn(Member member) {
		var response = mvc.post()
			.uri("/login")
			.param("username", member.handle())
			.param("password", TestMembers.PASSWORD)
			.with(csrf())
			.exchange();
		assertThat(response).hasStatus3xxRedirection();
		// Spring Session writes its cookie as a header (named SESSION outside a server)
		var cookie = response.getResponse()
			.getHeaders("Set-Cookie")
			.stream()
			.filter(header -> header.contains("SESSION="))
			.map(header -> header.substring(0, header.indexOf(';')).split("=", 2))
			.findFirst();
		assertThat(cookie).as(response.getResponse().getHeaders("Set-Cookie").toString()).isPresent();
		return new Cookie(cookie.get()[0], cookie.get()[1]);
	}

	private int statements(String path, Cookie session) {
		return SqlStatements
			.countedDuring(() -> assertThat(mvc.get().uri(path).cookie(session).exchange()).hasStatusOk()
				.bodyText()
				.contains("nav-account"));
	}

	/**
	 * The fewest statements over three tries: another test's commit may land between two
	 * requests and empty the caches, which only ever adds statements.
	 */
	private static int fewest(IntSupplier attempt) {
		var counts = new ArrayList<Integer>();
		for (var i = 0; i < 3; i++) {
			counts.add(attempt.getAsInt());
		}
		return counts.stream().min(Integer::compare).orElseThrow();
	}

	@Test
	void readingAPageAgainCostsNoStatement() {
		var session = signIn(members.create("relecture"));
		for (var path : List.of("/", article, event)) {
			assertThat(fewest(() -> {
				statements(path, session);
				HeardChanges.awaitAllHeard(changes);
				return statements(path, session);
			})).as(path).isZero();
		}
	}

	@Test
	void anotherMemberPaysOnlyForWhatOfTheirsThePageShows() {
		var first = signIn(members.create("premiere-lecture"));
		var others = new ArrayList<Cookie>();
		for (var i = 0; i < 9; i++) {
			others.add(signIn(members.create("autre-lecture")));
		}
		var next = others.iterator();
		// a member's first page: their session, their unread count (and what the test's
		// own CSRF set-up writes in the session), then what of theirs the page shows
		var home = fewest(() -> firstPageOfAnother("/", first, next.next()));
		assertThat(fewest(() -> firstPageOfAnother(article, first, next.next())))
			.as("whether they wrote, reported or may write a comment there")
			.isEqualTo(home + 2);
		assertThat(fewest(() -> firstPageOfAnother(event, first, next.next()))).as("their place").isEqualTo(home + 1);
	}

	/** Another member's first page, just after the first member read it. */
	private int firstPageOfAnother(String path, Cookie first, Cookie another) {
		statements(path, first);
		HeardChanges.awaitAllHeard(changes);
		return statements(path, another);
	}

}
