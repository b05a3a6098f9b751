package org.cercle.app;

import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.MemberId;
import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.events.TestEvents;
import org.cercle.events.registration.Seats;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The header's member menu and « Gestion » (#21, points 5 and 10): « Mes inscriptions »
 * and « Mes cercles » one click away, upcoming registrations first, empty states that
 * lead somewhere, one entry for all of a role's tools.
 */
@IntegrationTest
class MemberMenuIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestEvents events;

	@Autowired
	Seats seats;

	@Test
	void theMemberMenuLeadsToRegistrationsCirclesAndAccount() {
		var header = Pages.html(get("/", members.create("menu"))).select("header .member-menu");
		assertThat(header.select("a").eachAttr("href")).containsExactly("/account", "/account/registrations",
				"/account/circles", "/account/notifications");
		assertThat(header.select("form[action=/logout] button").text()).isEqualTo("Se déconnecter");
	}

	@Test
	void registrationsListUpcomingEventsSoonestFirstThenPastOnes() {
		var member = members.create("agenda");
		var id = new MemberId(member.id());
		var later = events.published("Matinée lointaine " + UUID.randomUUID(), LocalDateTime.now().plusDays(60), 40);
		var sooner = events.published("Matinée proche " + UUID.randomUUID(), LocalDateTime.now().plusDays(10), 40);
		seats.register(later.slug(), id);
		seats.register(sooner.slug(), id);
		var page = Pages.html(get("/account/registrations", member));
		assertThat(page.select("#upcoming-registrations + .table-scroll td a").eachText())
			.containsExactly(sooner.title(), later.title());
		assertThat(page.select(".empty-state")).isEmpty();

		var newcomer = Pages.html(get("/account/registrations", members.create("sans-agenda")));
		assertThat(newcomer.select(".empty-state a").attr("href")).isEqualTo("/events");
	}

	@Test
	void myCirclesShowsMembershipsThenRequestsAndAWayToFindCircles() {
		var member = members.create("cercles-a-moi");
		assertThat(Pages.html(get("/account/circles", member)).select(".empty-state a").attr("href"))
			.isEqualTo("/circles");
		assertThat(mvc.post()
			.uri("/circles/futur-du-travail/membership")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(mvc.post()
			.uri("/circles/organisation-des-matinees-e2-0/membership")
			.param("message", "Je voudrais aider.")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange()).hasStatus(302);
		var items = Pages.html(get("/account/circles", member)).select(".my-circles li");
		assertThat(items.eachText()).hasSize(2);
		assertThat(items.get(0).text()).startsWith("Futur du travail membre");
		assertThat(items.get(1).text()).contains("demande en attente", "privé");
	}

	@Test
	void staffSeeOneManageEntryLeadingToTheirRolesToolsOnly() {
		var organiser = members.create("outils-orga", Role.ORGANISER);
		var header = Pages.html(get("/", organiser)).select("header nav");
		assertThat(header.select("a[href^=/manage]").eachAttr("href")).containsExactly("/manage");
		var tools = Pages.html(get("/manage", organiser)).select(".tools a");
		assertThat(tools.eachAttr("href")).containsExactly("/manage/events");

		var admin = Pages.html(get("/manage", members.create("outils-admin", Role.ADMIN))).select(".tools a");
		assertThat(admin.eachAttr("href")).contains("/manage/articles", "/manage/events", "/manage/moderation",
				"/manage/members", "/manage/import");
		assertThat(Pages.html(get("/", members.create("simple-membre"))).select("header a[href^=/manage]")).isEmpty();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult get(String path, Member member) {
		return mvc.get().uri(path).with(user(TestMembers.principal(member))).exchange();
	}

}
