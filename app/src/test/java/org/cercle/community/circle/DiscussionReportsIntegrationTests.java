package org.cercle.community.circle;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Circle discussions moderated like comments (#18, point 3, in part): reports with a
 * reason, three of them hold the post, the moderators' queue lists it, a leader or a
 * moderator publishes it again, the audit log keeps the hold.
 */
@IntegrationTest
class DiscussionReportsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void threeReportsHoldAPostUntilAModeratorPublishesItAgain() {
		var author = members.create("auteur-signale");
		join(author);
		var title = "Annonce douteuse " + author.handle();
		var started = post("/circles/futur-du-travail/discussions", author, "title", title, "body",
				"Un texte que certains trouveront déplacé.");
		assertThat(started).hasStatus(302);
		var path = started.getResponse().getRedirectedUrl();
		var readers = new Member[] { members.create("lecteur-a"), members.create("lecteur-b"),
				members.create("lecteur-c") };
		assertThat(post(path + "/reports", readers[0], "reason", " ")).as("a reason is needed").hasStatus(400);
		assertThat(post(path + "/reports", readers[0], "reason", "Hors sujet")).hasStatus(302);
		assertThat(post(path + "/reports", readers[0], "reason", "Encore")).as("once per member").hasStatus(302);
		assertThat(post(path + "/reports", readers[1], "reason", "Publicité")).hasStatus(302);
		assertThat(mvc.get().uri(path).exchange()).as("two reports: still visible").hasStatusOk();
		assertThat(post(path + "/reports", readers[2], "reason", "Agressif")).hasStatus(302)
			.flash()
			.containsEntry("notice", "community.discussion.reported-held");
		assertThat(mvc.get().uri(path).exchange()).as("held: not for readers").hasStatus(404);

		var moderator = members.create("modo-cercle", Role.MODERATOR);
		var queue = Pages.html(mvc.get()
			.uri("/manage/moderation?liste=circles")
			.with(user(TestMembers.principal(moderator)))
			.exchange());
		assertThat(queue.select("section[aria-labelledby=queue-circles] a").eachText()).contains(title);
		assertThat(queue.select("section[aria-labelledby=queue-circles] li:contains(" + title + ")").text())
			.contains("3 signalements");
		assertThat(jdbc.sql("select count(*) from community_audit_entry where action = 'DISCUSSION_POST_HELD'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
		assertThat(post(path + "/approval", moderator)).hasStatus(302);
		assertThat(mvc.get().uri(path).exchange()).as("published again").hasStatusOk();
	}

	private void join(Member member) {
		assertThat(post("/circles/futur-du-travail/membership", member)).hasStatus(302);
	}

	private MvcTestResult post(String path, Member member, String... fields) {
		var request = mvc.post().uri(path);
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.with(user(TestMembers.principal(member))).with(csrf()).exchange();
	}

}
