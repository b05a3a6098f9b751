package org.cercle.community.circle;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Circle leaders and moderators hide a discussion or a reply with a reason, shown in its
 * place, and restore it; both are in the audit log.
 */
@IntegrationTest
@TestPropertySource(properties = "cercle.discussions.approvals-before-trust=0")
class DiscussionHidingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLeaderHidesAReplyWithAReasonAndRestoresIt() {
		var owner = members.create("masque-resp");
		var slug = circle(owner);
		var writer = members.create("masque-auteur");
		var reader = members.create("masque-lecteur");
		post("/circles/" + slug + "/membership", writer);
		post("/circles/" + slug + "/membership", reader);
		var path = post("/circles/" + slug + "/discussions", writer, "title", "Un sujet", "body", "Le début.")
			.getResponse()
			.getRedirectedUrl();
		var replied = post(path + "/replies", writer, "body", "Une réponse déplacée.").getResponse().getRedirectedUrl();
		var reply = path + "/replies/" + replied.substring(replied.indexOf("#reponse-") + "#reponse-".length());

		assertThat(post(reply + "/hiding", reader, "reason", "Je n'aime pas")).as("only leaders hide").hasStatus(403);
		assertThat(post(reply + "/hiding", owner, "reason", " ")).as("a reason is required").hasStatus(400);
		assertThat(post(reply + "/hiding", owner, "reason", "Propos hors sujet")).hasStatus(302);

		var seen = Pages.html(mvc.get().uri(path).with(user(TestMembers.principal(reader))).exchange());
		assertThat(seen.text()).doesNotContain("Une réponse déplacée.");
		assertThat(seen.select(".comment-list .placeholder").text())
			.isEqualTo("Masqué par la modération\u00A0: Propos hors sujet".replace('\u00A0', ' '));
		var leaders = Pages.html(mvc.get().uri(path).with(user(TestMembers.principal(owner))).exchange());
		assertThat(leaders.select(".comment-list .comment-body").text()).isEqualTo("Une réponse déplacée.");
		assertThat(leaders.select(".comment-list form[action$=/restoring]")).hasSize(1);
		assertThat(audit("DISCUSSION_POST_HIDDEN", writer)).contains("Propos hors sujet");

		assertThat(post(reply + "/restoring", owner)).hasStatus(302);
		assertThat(Pages.html(mvc.get().uri(path).with(user(TestMembers.principal(reader))).exchange())
			.select(".comment-list .comment-body")
			.text()).isEqualTo("Une réponse déplacée.");
		assertThat(audit("DISCUSSION_POST_RESTORED", writer)).isNotEmpty();
	}

	@Test
	void aSiteModeratorHidesADiscussionInAnyCircle() {
		var owner = members.create("masque-proprio");
		var slug = circle(owner);
		var moderator = members.create("masque-modo", Role.MODERATOR);
		var path = post("/circles/" + slug + "/discussions", owner, "title", "Sujet à masquer", "body", "Texte gênant.")
			.getResponse()
			.getRedirectedUrl();
		assertThat(post(path + "/hiding", moderator, "reason", "Publicité")).hasStatus(302);
		var page = Pages.html(mvc.get().uri(path).exchange());
		assertThat(page.select("#discussion .placeholder").text()).contains("Publicité");
		assertThat(page.text()).doesNotContain("Texte gênant.");
		assertThat(post(path.replaceAll("[0-9a-f-]{36}$", "00000000-0000-0000-0000-000000000000") + "/hiding",
				moderator, "reason", "Rien"))
			.as("an unknown post")
			.hasStatus(404);
	}

	private String circle(Member owner) {
		jdbc.sql("insert into community_member_role (member_id, role) values (:id, 'MODERATOR')")
			.param("id", owner.id())
			.update();
		var slug = post("/manage/circles", members.reload(owner), "name", "Cercle modéré " + owner.handle(),
				"description", "Test.", "visibility", "PUBLIC")
			.getResponse()
			.getRedirectedUrl()
			.substring("/circles/".length());
		jdbc.sql("delete from community_member_role where member_id = :id and role = 'MODERATOR'")
			.param("id", owner.id())
			.update();
		return slug;
	}

	private String audit(String action, Member subject) {
		return String.join(" | ", jdbc.sql(
				"select coalesce(details, '') from community_audit_entry where action = :action and target_id = :subject")
			.param("action", action)
			.param("subject", subject.id())
			.query(String.class)
			.list());
	}

	private MvcTestResult post(String path, Member member, String... fields) {
		var request = mvc.post().uri(path).with(user(TestMembers.principal(members.reload(member)))).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

}
