package org.cercle.community.circle;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
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
 * A new member's first posts in circles wait for a circle leader, as their first comments
 * wait for a moderator (#15, point 5); with the default of two.
 */
@IntegrationTest
@TestPropertySource(properties = "cercle.discussions.approvals-before-trust=2")
class HeldPostsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void aNewMembersFirstPostsWaitForALeaderThenTheirNextOnesAreOutAtOnce() {
		var owner = members.create("responsable", Role.MODERATOR);
		var slug = post("/manage/circles", owner, "name", "Cercle gardé " + owner.handle(), "description", "Test.",
				"visibility", "PUBLIC")
			.getResponse()
			.getRedirectedUrl()
			.substring("/circles/".length());
		var newcomer = members.create("nouvelle-venue");
		var other = members.create("autre-membre");
		assertThat(post("/circles/" + slug + "/membership", newcomer)).hasStatus(302);
		assertThat(post("/circles/" + slug + "/membership", other)).hasStatus(302);

		var started = post("/circles/" + slug + "/discussions", newcomer, "title", "Ma première question", "body",
				"Bonjour à toutes et à tous.");
		assertThat(started).hasStatus(302).flash().containsEntry("notice", "community.discussion.held");
		var path = started.getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri(path).exchange()).as("held: not for readers").hasStatus(404);
		assertThat(get(path, other)).as("nor for other members").isNull();
		assertThat(Pages.html(mvc.get().uri("/circles/" + slug).exchange()).text())
			.doesNotContain("Ma première question");
		var mine = get(path, newcomer);
		assertThat(mine.select("#discussion .badge").text()).isEqualTo("En attente de validation");
		assertThat(mine.select("form[action$=/approval]")).as("the author cannot publish it").isEmpty();
		var leaders = get(path, owner);
		assertThat(leaders.select("#discussion form[action$=/approval] button").text()).isEqualTo("Publier");

		assertThat(post(path + "/approval", other)).as("only leaders publish").hasStatus(403);
		assertThat(post(path + "/approval", owner)).hasStatus(302);
		assertThat(Pages.html(mvc.get().uri(path).exchange()).select("h1").text()).isEqualTo("Ma première question");

		var held = post(path + "/replies", newcomer, "body", "Une précision.");
		assertThat(held).as("one post published: still new")
			.flash()
			.containsEntry("notice", "community.discussion.held");
		assertThat(Pages.html(mvc.get().uri(path).exchange()).select(".comment-list .comment-body")).isEmpty();
		var reply = held.getResponse().getRedirectedUrl();
		var replyPath = path + "/replies/" + reply.substring(reply.indexOf("#reponse-") + "#reponse-".length());
		assertThat(post(replyPath + "/approval", owner)).hasStatus(302);
		assertThat(post(path + "/replies", newcomer, "body", "Et une troisième.")).as("trusted now")
			.flash()
			.doesNotContainKey("notice");
		assertThat(Pages.html(mvc.get().uri(path).exchange()).select(".comment-list .comment-body").eachText())
			.containsExactly("Une précision.", "Et une troisième.");
	}

	private Document get(String path, Member member) {
		var result = mvc.get().uri(path).with(user(TestMembers.principal(member))).exchange();
		return result.getResponse().getStatus() == 404 ? null : Pages.html(result);
	}

	private MvcTestResult post(String path, Member member, String... fields) {
		var request = mvc.post().uri(path).with(user(TestMembers.principal(member))).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

}
