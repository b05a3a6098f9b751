package org.cercle.app.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The current password asked to change the password or delete the account is guessed no
 * faster than at sign-in (#15, point 7): after five wrong answers even the right one
 * waits.
 */
@IntegrationTest
class CurrentPasswordThrottleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void fiveWrongCurrentPasswordsLockThePasswordChangeAndTheDeletion() {
		var member = members.create("devinette");
		for (int i = 0; i < 5; i++) {
			assertThat(changePassword(member, "pas le bon " + i)).hasStatus(400);
		}
		assertThat(changePassword(member, TestMembers.PASSWORD)).as("even the right one, for now").hasStatus(429);
		var deletion = mvc.post()
			.uri("/account/delete")
			.param("password", TestMembers.PASSWORD)
			.with(csrf())
			.with(user(TestMembers.principal(member)))
			.exchange();
		assertThat(deletion).hasStatus(429);
		assertThat(members.reload(member).isActive()).isTrue();
	}

	private MvcTestResult changePassword(Member member, String current) {
		return mvc.post()
			.uri("/account/password")
			.param("currentPassword", current)
			.param("newPassword", "une nouvelle phrase assez longue")
			.with(csrf())
			.with(user(TestMembers.principal(member)))
			.exchange();
	}

}
