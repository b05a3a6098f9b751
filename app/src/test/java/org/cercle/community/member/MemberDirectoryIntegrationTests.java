package org.cercle.community.member;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.events.TestEvents;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * {@code /members}: members who chose to be listed, searched by name or organisation,
 * filtered by circle and role, page after page; profiles show what the member allows.
 */
@IntegrationTest
class MemberDirectoryIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestEvents events;

	@Autowired
	TestArticles articles;

	@Test
	void onlyMembersWhoChoseToBeListedAppear() {
		var listed = members.create("annu-oui");
		var unlisted = members.create("annu-non");
		assertThat(saveProfile(listed, "Annu Oui", "", true, false)).hasStatus(302);
		assertThat(saveProfile(unlisted, "Annu Non", "", false, false)).hasStatus(302);
		var page = Pages.html(mvc.get().uri("/members?q=Annu").exchange());
		assertThat(page.select(".member-directory a").eachText()).contains("Annu Oui").doesNotContain("Annu Non");
		var account = Pages.html(mvc.get().uri("/account").with(user(TestMembers.principal(listed))).exchange());
		assertThat(account.select("input[name=listed]").hasAttr("checked")).isTrue();
		assertThat(account.select("input[name=showsEvents]").hasAttr("checked")).isFalse();
	}

	@Test
	void searchFindsNameOrOrganisationWithoutAccentsOrCase() {
		var member = members.create("annu-orga");
		saveProfile(member, "Irène Quaglia", "Coopérative Électrique du Léman", true, false);
		assertThat(names("/members?q=electrique du leman")).containsExactly("Irène Quaglia");
		assertThat(names("/members?q=IRENE")).containsExactly("Irène Quaglia");
		assertThat(names("/members?q=100%25")).isEmpty();
	}

	@Test
	void filtersByPublicCircleAndByRole() {
		var author = members.create("annu-auteur", Role.AUTHOR);
		var joiner = members.create("annu-cercle");
		saveProfile(author, "Zoé Annuaire Auteur", "", true, false);
		saveProfile(joiner, "Zoé Annuaire Cercle", "", true, false);
		assertThat(mvc.post()
			.uri("/circles/futur-du-travail/membership")
			.with(user(TestMembers.principal(joiner)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(names("/members?q=Zoé Annuaire&role=AUTHOR")).containsExactly("Zoé Annuaire Auteur");
		assertThat(names("/members?q=Zoé Annuaire&cercle=futur-du-travail")).containsExactly("Zoé Annuaire Cercle");
		assertThat(names("/members?q=Zoé Annuaire&role=ADMIN")).as("an unknown role filters nothing")
			.containsExactlyInAnyOrder("Zoé Annuaire Auteur", "Zoé Annuaire Cercle");
	}

	@Test
	void pagesFollowEachOtherWithoutGapOrRepeat() {
		for (int i = 0; i < 33; i++) {
			var member = members.create("annu-page");
			jdbc.sql("update community_member set listed = true, display_name = :name where id = :id")
				.param("name", "Paginé %02d".formatted(i))
				.param("id", member.id())
				.update();
		}
		var first = Pages.html(mvc.get().uri("/members?q=Paginé").exchange());
		assertThat(first.select(".member-directory a")).hasSize(30);
		var next = first.select("a[rel=next]").attr("href");
		assertThat(next).contains("apres=").contains("q=");
		var second = Pages.html(mvc.get().uri(java.net.URI.create(next)).exchange());
		assertThat(second.select(".member-directory a").eachText()).containsExactly("Paginé 30", "Paginé 31",
				"Paginé 32");
		assertThat(second.select("a[rel=next]")).isEmpty();
		assertThat(second.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
		assertThat(mvc.get().uri("/members?apres=pas-un-curseur").exchange()).hasStatus(400);
		assertThat(mvc.get().uri("/members?q=" + "x".repeat(101)).exchange()).hasStatus(400);
	}

	@Test
	void aProfileShowsUpcomingEventsOnlyWhenTheMemberAllowsItAndTheirLatestComments() {
		var member = members.create("annu-profil");
		var event = events.published("Matinée du profil", LocalDateTime.now().plusYears(3).withHour(8), 20);
		assertThat(mvc.post()
			.uri("/events/" + event.slug() + "/registration")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange()).hasStatus(302);
		var slug = articles.published(members.create("annu-plume", Role.AUTHOR).id());
		assertThat(mvc.post()
			.uri("/articles/" + slug + "/comments")
			.param("body", "Un commentaire qui paraîtra sur mon profil.")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange()).hasStatus(302);
		jdbc.sql("update feed_comment set status = 'PUBLISHED' where author_id = :id")
			.param("id", member.id())
			.update();

		saveProfile(member, "Profil Discret", "", false, false);
		var discreet = Pages.html(mvc.get().uri("/members/" + member.handle()).exchange());
		assertThat(discreet.select("#events-heading")).isEmpty();
		assertThat(discreet.select(".member-comments li").text())
			.contains("Un commentaire qui paraîtra sur mon profil.");
		assertThat(discreet.select(".member-comments a").attr("href"))
			.startsWith("/articles/" + slug + "#commentaire-");

		saveProfile(member, "Profil Ouvert", "", false, true);
		var open = Pages.html(mvc.get().uri("/members/" + member.handle()).exchange());
		assertThat(open.select("#events-heading + ul a").eachText()).containsExactly("Matinée du profil");
	}

	private java.util.List<String> names(String uri) {
		return Pages.html(mvc.get().uri(uri).exchange()).select(".member-directory a").eachText();
	}

	private MvcTestResult saveProfile(org.cercle.community.member.Member member, String name, String organisation,
			boolean listed, boolean showsEvents) {
		var request = mvc.post()
			.uri("/account/profile")
			.param("displayName", name)
			.param("organisation", organisation)
			.param("bio", "")
			.param("links", "");
		if (listed) {
			request = request.param("listed", "true");
		}
		if (showsEvents) {
			request = request.param("showsEvents", "true");
		}
		return request.with(user(TestMembers.principal(member))).with(csrf()).exchange();
	}

}
