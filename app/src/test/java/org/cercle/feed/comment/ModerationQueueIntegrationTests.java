package org.cercle.feed.comment;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

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
 * Working through the moderation queue (#21, point 4): one list at a time, twenty items a
 * page, back at the next item after each action, several approved at once, grave actions
 * behind a second step.
 */
@IntegrationTest
class ModerationQueueIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Other tests leave comments waiting in the shared database; the queue lists the
	 * oldest first, so they are published here to keep these tests' own at the front.
	 */
	@org.junit.jupiter.api.BeforeEach
	void emptyTheWaitingList() {
		jdbc.sql("update feed_comment set status = 'PUBLISHED' where status = 'PENDING'").update();
	}

	@Test
	void aModeratorWorksThroughOneListAndComesBackAtTheNextItem() {
		var moderator = members.create("moderatrice-file", Role.MODERATOR);
		var slug = articles.published(members.create("auteur-file", Role.AUTHOR).id());
		var marker = "file-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 3; i++) {
			comment(slug, members.create("nouveau-file"), "Premier message " + marker + " " + i);
		}
		var list = Pages.html(get("/manage/moderation?liste=pending", moderator));
		assertThat(list.select("main > section[aria-labelledby^=queue-]")).as("one list").hasSize(1);
		assertThat(list.select(".tabs a[aria-current]").text()).startsWith("En attente de validation");
		var first = list.select(".queue > li:has(.comment-body:contains(" + marker + " 0))").first();
		var following = first.nextElementSibling();
		var approval = first.select("form[action$=/approval]").first();
		var answer = mvc.post()
			.uri(approval.attr("action"))
			.param("liste", approval.select("input[name=liste]").val())
			.param("suivant", approval.select("input[name=suivant]").val())
			.with(user(TestMembers.principal(moderator)))
			.with(csrf())
			.exchange();
		assertThat(answer).hasStatus(302).hasRedirectedUrl("/manage/moderation?liste=pending#" + following.id());

		assertThat(first.select("details.confirm summary").eachText()).as("hiding and banning take a second step")
			.containsExactly("Masquer…", "Empêcher de commenter…", "Indésirable…");
		assertThat(list.select(".hint").text()).contains("Masquer le remplace");
		assertThat(get("/manage/moderation?liste=tout", moderator)).hasStatus(400);
	}

	@Test
	void severalWaitingCommentsAreApprovedAtOnce() {
		var moderator = members.create("moderateur-lot", Role.MODERATOR);
		var slug = articles.published(members.create("auteur-lot", Role.AUTHOR).id());
		var marker = "lot-" + UUID.randomUUID().toString().substring(0, 8);
		comment(slug, members.create("nouvelle-lot"), "Un " + marker);
		comment(slug, members.create("nouveau-lot"), "Deux " + marker);
		var ids = jdbc.sql("select id from feed_comment where body_markdown like :m and status = 'PENDING'")
			.param("m", "%" + marker)
			.query(UUID.class)
			.list();
		assertThat(ids).hasSize(2);
		var form = Pages.html(get("/manage/moderation?liste=pending", moderator));
		assertThat(form.select("input[name=ids][form=bulk-approval]")).hasSizeGreaterThanOrEqualTo(2);
		var request = mvc.post().uri("/manage/moderation/comments/approvals");
		for (var id : ids) {
			request = request.param("ids", id.toString());
		}
		assertThat(request.with(user(TestMembers.principal(moderator))).with(csrf()).exchange()).hasStatus(302);
		assertThat(jdbc.sql("select count(*) from feed_comment where body_markdown like :m and status = 'PUBLISHED'")
			.param("m", "%" + marker)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aLongListIsPaged() {
		var moderator = members.create("moderatrice-pages", Role.MODERATOR);
		var slug = articles.published(members.create("auteur-pages", Role.AUTHOR).id());
		for (int i = 0; i < 21; i++) {
			comment(slug, members.create("bavard"), "Message numéro " + i);
		}
		var page = Pages.html(get("/manage/moderation?liste=pending", moderator));
		assertThat(page.select(".queue > li")).hasSize(20);
		assertThat(page.select(".pagination a[rel=next]").attr("href"))
			.isEqualTo("/manage/moderation?liste=pending&page=2");
		assertThat(Pages.html(get("/manage/moderation?liste=pending&page=2", moderator)).select(".queue > li"))
			.isNotEmpty();
	}

	private void comment(String slug, Member author, String text) {
		assertThat(mvc.post()
			.uri("/articles/" + slug + "/comments")
			.param("body", text)
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange()).hasStatus(302);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult get(String path, Member member) {
		return mvc.get().uri(path).with(user(TestMembers.principal(member))).exchange();
	}

}
