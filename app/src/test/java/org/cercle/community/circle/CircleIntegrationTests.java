package org.cercle.community.circle;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.community.Role;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class CircleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void listsCirclesWithTheirMemberCounts() {
		var page = html(mvc.get().uri("/circles").exchange());
		assertThat(page.select(".card-title a").eachText()).contains("Community managers", "Futur du travail",
				"Organisation des Matinées E2.0");
		assertThat(page.select(".card .meta").eachText())
			.anyMatch(text -> text.startsWith("3 membres · dernière activité le"));
	}

	@Test
	void aPublicCircleIsJoinedAndLeftInOneStep() {
		var member = members.create("cercle-public");
		assertThat(post("/circles/futur-du-travail/membership", member)).hasStatus(302);
		var page = html(
				mvc.get().uri("/circles/futur-du-travail").with(user(TestMembers.principal(member))).exchange());
		assertThat(page.select(".registration .notice").text()).isEqualTo("Vous êtes membre de ce cercle.");
		assertThat(page.select(".people a").eachText()).contains(member.displayName());
		assertThat(html(mvc.get().uri("/members/" + member.handle()).exchange())
			.select("section[aria-labelledby=circles-heading] a")
			.eachText()).containsExactly("Futur du travail");
		assertThat(post("/circles/futur-du-travail/membership", member)).hasStatus(409);
		assertThat(post("/circles/futur-du-travail/membership/cancellation", member)).hasStatus(302);
		assertThat(html(mvc.get().uri("/circles/futur-du-travail").exchange()).select(".people a").eachText())
			.doesNotContain(member.displayName());
	}

	@Test
	void aPrivateCircleHidesItsMembersAndWelcomesOnRequest() {
		var outsider = members.create("curieux");
		var outsiderView = html(mvc.get()
			.uri("/circles/organisation-des-matinees-e2-0")
			.with(user(TestMembers.principal(outsider)))
			.exchange());
		assertThat(outsiderView.select(".people")).isEmpty();
		assertThat(outsiderView.text()).contains("réservée à ses membres");

		assertThat(mvc.post()
			.uri("/circles/organisation-des-matinees-e2-0/membership")
			.param("message", "Je peux aider.")
			.with(user(TestMembers.principal(outsider)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(html(mvc.get()
			.uri("/circles/organisation-des-matinees-e2-0")
			.with(user(TestMembers.principal(outsider)))
			.exchange()).select(".registration .notice").text()).contains("en attente");

		assertThat(post("/circles/organisation-des-matinees-e2-0/requests/" + outsider.handle() + "/approval",
				members.create("intrus")))
			.hasStatus(403);
		var moderator = members.create("moderatrice", Role.MODERATOR);
		var pending = html(mvc.get()
			.uri("/circles/organisation-des-matinees-e2-0")
			.with(user(TestMembers.principal(moderator)))
			.exchange());
		assertThat(pending.select("section[aria-labelledby=pending-heading]").text()).contains("Je peux aider.");
		assertThat(
				post("/circles/organisation-des-matinees-e2-0/requests/" + outsider.handle() + "/approval", moderator))
			.hasStatus(302);

		assertThat(html(mvc.get().uri("/members/" + outsider.handle()).exchange())
			.select("section[aria-labelledby=circles-heading] a")
			.eachText()).as("private circles stay off profiles").doesNotContain("Organisation des Matinées E2.0");
		var insiderView = html(mvc.get()
			.uri("/circles/organisation-des-matinees-e2-0")
			.with(user(TestMembers.principal(outsider)))
			.exchange());
		assertThat(insiderView.select(".people a").eachText()).contains(outsider.displayName(), "Anaïs Berset");
	}

	@Test
	void moderatorsCreateCirclesAndTheLastOwnerCannotLeave() {
		var moderator = members.create("createur", Role.MODERATOR);
		var created = mvc.post()
			.uri("/manage/circles")
			.param("name", "Cercle de test " + moderator.handle())
			.param("description", "Un cercle pour le test.")
			.param("visibility", "PUBLIC")
			.with(user(TestMembers.principal(moderator)))
			.with(csrf())
			.exchange();
		assertThat(created).hasStatus(302);
		var path = created.getResponse().getRedirectedUrl();
		assertThat(html(mvc.get().uri(path).exchange()).select(".people small").eachText())
			.containsExactly("propriétaire");
		var refused = post(path + "/membership/cancellation", moderator);
		assertThat(refused).hasStatus(409);
		assertThat(html(refused).select("main").text()).contains("dernier propriétaire");

		var invalid = mvc.post()
			.uri("/manage/circles")
			.param("name", "")
			.with(user(TestMembers.principal(moderator)))
			.with(csrf())
			.exchange();
		assertThat(invalid).hasStatus(400);
		var withoutVisibility = mvc.post()
			.uri("/manage/circles")
			.param("name", "Cercle sans visibilité " + moderator.handle())
			.param("description", "Public ou privé ? Le formulaire ne le dit pas.")
			.with(user(TestMembers.principal(moderator)))
			.with(csrf())
			.exchange();
		assertThat(withoutVisibility).as("never made public by default").hasStatus(400);
		assertThat(html(withoutVisibility).select(".error-summary").text())
			.isEqualTo("Choisissez si le cercle est public ou privé.");
		assertThat(mvc.get().uri("/circles/cercle-inconnu").exchange()).hasStatus(404);
	}

	private MvcTestResult post(String path, Member member) {
		return mvc.post().uri(path).with(user(TestMembers.principal(member))).with(csrf()).exchange();
	}

	private static Document html(MvcTestResult result) {
		return Pages.html(result);
	}

}
