package org.cercle.feed.comment;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The comment section that members who wrote and reported nothing in it see alike is
 * rendered once per content generation, with each member's own CSRF token and form time
 * spliced in: never another member's actions, never a stale thread.
 */
@IntegrationTest
class SharedCommentSectionsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.cercle.community.FormTimer formTimer;

	private MvcTestResult page(String slug, Member viewer) {
		return mvc.get().uri("/articles/" + slug).with(user(TestMembers.principal(viewer))).exchange();
	}

	private static String withoutOwnValues(Document page) {
		var section = page.clone().selectFirst("#commentaires");
		assertThat(section).isNotNull();
		section.select("input[name=_csrf], input[name=depuis]").forEach(input -> input.attr("value", ""));
		return section.outerHtml();
	}

	private void comment(String slug, Member author, String text) {
		assertThat(mvc.post()
			.uri("/articles/" + slug + "/comments")
			.param("body", text)
			.param("depuis", formTimer.stamp())
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange()).hasStatus(302);
	}

	@Test
	void membersWhoWroteNothingThereSeeTheSameSectionWithTheirOwnTokens() {
		var author = members.create("section-auteur", Role.AUTHOR);
		var slug = articles.published(author.id());
		jdbc.sql("""
				insert into feed_comment (id, article_id, author_id, body_markdown, status, created_at, approved_at)
				select gen_random_uuid(), id, :author, 'Un avis partagé.', 'PUBLISHED', now(), now()
				from feed_article where slug = :slug""").param("author", author.id()).param("slug", slug).update();
		var first = page(slug, members.create("section-une"));
		var second = page(slug, members.create("section-deux"));
		var firstPage = Pages.html(first);
		var secondPage = Pages.html(second);
		assertThat(Pages.body(first)).doesNotContain("placeholder").contains("Un avis partagé.");
		assertThat(withoutOwnValues(firstPage)).isEqualTo(withoutOwnValues(secondPage));
		var stamp = secondPage.selectFirst("#commentaires form.comment-form input[name=depuis]").val();
		assertThat(stamp).matches("\\d{1,15}\\.[A-Za-z0-9_-]{43}");

		assertThat(firstPage.selectFirst("#commentaires form.comment-form input[name=_csrf]").val()).isNotBlank()
			.isNotEqualTo(secondPage.selectFirst("#commentaires form.comment-form input[name=_csrf]").val());

		// the spliced time is a real one: the form as served is taken
		var reader = members.create("section-trois");
		var thirdForm = Pages.html(page(slug, reader)).selectFirst("#commentaires form.comment-form");
		assertThat(mvc.post()
			.uri("/articles/" + slug + "/comments")
			.param("body", "Répondu avec le formulaire partagé.")
			.param("depuis", thirdForm.selectFirst("input[name=depuis]").val())
			.with(user(TestMembers.principal(reader)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(jdbc
			.sql("select count(*) from feed_comment where body_markdown = 'Répondu avec le formulaire partagé.'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aMembersOwnCommentActionsAreTheirsAloneAndANewCommentShowsAtOnce() {
		var slug = articles.published(members.create("section-auteur-2", Role.AUTHOR).id());
		var writer = members.create("section-ecrivaine", Role.AUTHOR);
		var reader = members.create("section-lectrice");
		assertThat(Pages.html(page(slug, reader)).select("#commentaires .comment")).isEmpty();

		comment(slug, writer, "Écrit par l'écrivaine.");
		var seenByReader = Pages.html(page(slug, reader));
		assertThat(seenByReader.select("#commentaires .comment-body").text()).contains("Écrit par l");
		assertThat(seenByReader.select("#commentaires .comment footer.actions")).isEmpty();
		var seenByWriter = Pages.html(page(slug, writer));
		assertThat(seenByWriter.select("#commentaires .comment footer.actions")).hasSize(1);
		// and the reader's next view, served from the shared section, still has no
		// actions
		assertThat(Pages.html(page(slug, reader)).select("#commentaires .comment footer.actions")).isEmpty();
	}

	@Test
	void aSectionAlreadyRenderedIsServedWithoutReadingTheCommentsAgain() {
		var author = members.create("section-auteur-4", Role.AUTHOR);
		var slug = articles.published(author.id());
		for (int i = 0; i < 20; i++) {
			comment(slug, members.create("section-bavard", Role.AUTHOR), "Avis numéro " + i);
		}
		var first = members.create("section-premier");
		var next = members.create("section-suivant");
		var rendered = new java.util.concurrent.atomic.AtomicInteger();
		var served = new java.util.concurrent.atomic.AtomicInteger();
		// (once what the new comments set off in the background is committed: each commit
		// is
		// a change, after which the section is rendered again)
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
			rendered.set(org.cercle.testsupport.SqlStatements.countedDuring(() -> page(slug, first)));
			served.set(org.cercle.testsupport.SqlStatements.countedDuring(() -> page(slug, next)));
			assertThat(served.get()).isLessThan(rendered.get());
		});
		// the comments, their authors and the member's reports are not read for the
		// second
		assertThat(rendered.get() - served.get()).isGreaterThanOrEqualTo(3);
		assertThat(Pages.html(page(slug, next)).select("#commentaires .comment")).hasSize(20);
	}

	@Test
	void closedCommentsShowTheirNoticeToEveryMemberAndTheAuthorMayReopen() {
		var author = members.create("section-auteur-3", Role.AUTHOR);
		var slug = articles.published(author.id());
		var reader = members.create("section-lecteur-3");
		assertThat(Pages.html(page(slug, reader)).select("#commentaires form.comment-form")).hasSize(1);
		assertThat(mvc.post()
			.uri("/articles/" + slug + "/comments/closure")
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange()).hasStatus(302);
		var closed = Pages.html(page(slug, reader));
		assertThat(closed.select("#commentaires form.comment-form")).isEmpty();
		assertThat(closed.select("#commentaires .notice").text()).isNotBlank();
		assertThat(Pages.html(page(slug, author)).select("#commentaires form[action$=/comments/reopening]")).hasSize(1);
		assertThat(closed.select("#commentaires form[action$=/comments/reopening]")).isEmpty();
	}

}
