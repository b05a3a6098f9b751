package org.cercle.app;

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
 * Members administration (#21, point 6): grave actions confirmed, a suspension's reason
 * asked and audited, the search kept, messages that name the member and the role, the log
 * in words rather than codes.
 */
@IntegrationTest
class MemberAdministrationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRoleChangeKeepsTheSearchAndSaysWhoGotWhich() {
		var admin = members.create("admin-roles", Role.ADMIN);
		var member = members.create("future-autrice");
		var granted = post(admin, "/manage/members/" + member.handle() + "/roles", "role", "AUTHOR", "action", "grant",
				"q", member.handle());
		assertThat(granted).hasStatus(302).hasRedirectedUrl("/manage/members?q=" + member.handle());
		assertThat(granted.getMvcResult().getFlashMap().get("noticeText"))
			.isEqualTo("Rôle «\u00A0Auteur\u00A0» accordé à " + member.displayName() + " (@" + member.handle() + ").");
		var log = Pages.html(mvc.get().uri("/manage/audit").with(user(TestMembers.principal(admin))).exchange());
		assertThat(log.select("tr:has(td:contains(" + member.handle() + "))").text()).contains("Rôle accordé Auteur")
			.doesNotContain("AUTHOR");
	}

	@Test
	void makingSomeoneAdminTakesAConfirmation() {
		var admin = members.create("admin-confirme", Role.ADMIN);
		var member = members.create("presque-admin");
		var page = Pages.html(mvc.get()
			.uri("/manage/members")
			.param("q", member.handle())
			.with(user(TestMembers.principal(admin)))
			.exchange());
		assertThat(page.select("details.confirm form input[name=confirm]").val()).isEqualTo("oui");
		var unconfirmed = post(admin, "/manage/members/" + member.handle() + "/roles", "role", "ADMIN", "action",
				"grant", "q", "");
		assertThat(unconfirmed).hasStatus(400);
		assertThat(Pages.html(unconfirmed).select(".error-summary").text())
			.startsWith("Donner le rôle d'administrateur");
		assertThat(roles(member)).doesNotContain("ADMIN");
		assertThat(post(admin, "/manage/members/" + member.handle() + "/roles", "role", "ADMIN", "action", "grant",
				"confirm", "oui"))
			.hasStatus(302);
		assertThat(roles(member)).contains("ADMIN");
	}

	@Test
	void aSuspensionNeedsAReasonThatTheLogKeeps() {
		var admin = members.create("admin-suspend", Role.ADMIN);
		var member = members.create("a-suspendre");
		var refused = post(admin, "/manage/members/" + member.handle() + "/suspension", "reason", " ", "q",
				member.handle());
		assertThat(refused).hasStatus(400);
		assertThat(Pages.html(refused).select(".error-summary").text()).startsWith("Indiquez la raison");
		assertThat(Pages.html(refused).select("#q").val()).as("the search kept").isEqualTo(member.handle());
		assertThat(status(member)).isEqualTo("ACTIVE");
		var done = post(admin, "/manage/members/" + member.handle() + "/suspension", "reason", "Messages publicitaires",
				"q", member.handle());
		assertThat(done).hasStatus(302).hasRedirectedUrl("/manage/members?q=" + member.handle());
		assertThat(done.getMvcResult().getFlashMap().get("noticeText")).asString()
			.startsWith("Le compte de " + member.displayName());
		assertThat(status(member)).isEqualTo("SUSPENDED");
		assertThat(jdbc
			.sql("select details from community_audit_entry where action = 'MEMBER_SUSPENDED' "
					+ "and target_id = :member")
			.param("member", member.id())
			.query(String.class)
			.single()).isEqualTo("Messages publicitaires");
	}

	private MvcTestResult post(Member admin, String path, String... params) {
		var request = mvc.post().uri(path);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.with(user(TestMembers.principal(admin))).with(csrf()).exchange();
	}

	private String roles(Member member) {
		return String.join(",",
				jdbc.sql("select role from community_member_role where member_id = :id")
					.param("id", member.id())
					.query(String.class)
					.list());
	}

	private String status(Member member) {
		return jdbc.sql("select status from community_member where id = :id")
			.param("id", member.id())
			.query(String.class)
			.single();
	}

}
