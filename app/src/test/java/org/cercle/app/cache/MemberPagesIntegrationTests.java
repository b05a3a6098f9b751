package org.cercle.app.cache;

import java.time.LocalDateTime;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.events.TestEvents;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Pages members see alike are rendered once and filled with each member's own name,
 * unread count, CSRF token and form times: never another member's, never a stale page.
 */
@IntegrationTest
class MemberPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	TestEvents events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MemberPages pages;

	private MvcTestResult page(String path, Member viewer) {
		return mvc.get().uri(path).with(user(TestMembers.principal(viewer))).exchange();
	}

	/** The page with what is the member's own emptied. */
	private static String withoutOwnValues(Document page) {
		var copy = page.clone();
		copy.select("input[name=_csrf], input[name=depuis]").forEach(input -> input.attr("value", ""));
		copy.select(".nav-account span").forEach(element -> element.text(""));
		copy.select(".nav-notifications .badge, .nav-notifications .visually-hidden").remove();
		return copy.body().outerHtml().replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").strip();
	}

	private void unread(Member member, int count) {
		for (var i = 0; i < count; i++) {
			jdbc.sql("""
					insert into notifications_notification (id, member_id, kind, source_key, path, created_at)
					values (gen_random_uuid(), :member, 'FOLLOWED_ARTICLE', gen_random_uuid()::text, '/', now())""")
				.param("member", member.id())
				.update();
		}
	}

	@Test
	void twoMembersGetTheSameHomePageWithTheirOwnNameCountAndTokens() {
		var first = members.create("partage-une");
		var second = members.create("partage-deux");
		unread(first, 2);
		var firstPage = Pages.html(page("/", first));
		var secondPage = Pages.html(page("/", second));

		assertThat(firstPage.select(".nav-account span").text()).isEqualTo(first.displayName());
		assertThat(secondPage.select(".nav-account span").text()).isEqualTo(second.displayName());
		assertThat(firstPage.select(".nav-notifications .badge").text()).isEqualTo("2");
		assertThat(secondPage.select(".nav-notifications .badge")).isEmpty();
		assertThat(firstPage.select("input[name=_csrf]").attr("value"))
			.isNotEqualTo(secondPage.select("input[name=_csrf]").attr("value"));
		assertThat(firstPage.html()).doesNotContain(second.displayName(), MemberPageRenderer.NAME_PLACEHOLDER,
				org.cercle.shared.web.SharedPage.CSRF_PLACEHOLDER, MemberPageRenderer.UNREAD_PLACEHOLDER);
		assertThat(secondPage.html()).doesNotContain(first.displayName());
		assertThat(withoutOwnValues(firstPage)).isEqualTo(withoutOwnValues(secondPage));
	}

	@Test
	void theSecondMemberOfAKindIsServedTheKeptPage() {
		var author = members.create("garde-auteur", Role.AUTHOR);
		var slug = articles.published(author.id());
		var before = pages.keptPages();
		assertThat(page("/articles/" + slug, members.create("garde-une"))).hasStatusOk();
		assertThat(pages.keptPages()).isEqualTo(before + 1);
		assertThat(page("/articles/" + slug, members.create("garde-deux"))).hasStatusOk();
		assertThat(pages.keptPages()).as("the same page, not a second one").isEqualTo(before + 1);
	}

	@Test
	void rolesAreNeverShared() {
		var member = members.create("roles-membre");
		var admin = members.create("roles-admin", Role.ADMIN);
		assertThat(Pages.html(page("/", member)).select(".nav-manage")).isEmpty();
		assertThat(Pages.html(page("/", admin)).select(".nav-manage")).hasSize(1);
		assertThat(Pages.html(page("/", member)).select(".nav-manage")).isEmpty();
	}

	@Test
	void aRegistrationShowsInTheSeatsOnTheNextMembersPage() {
		var event = events.published("Matinée des places", LocalDateTime.now().plusDays(401).withNano(0), 30);
		var path = "/events/" + event.slug();
		var reader = members.create("places-lectrice");
		var seatsBefore = Pages.html(page(path, reader)).select("dl.facts").text();
		assertThat(mvc.post()
			.uri(path + "/registration")
			.with(user(TestMembers.principal(members.create("places-inscrite"))))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(Pages.html(page(path, reader)).select("dl.facts").text()).isNotEqualTo(seatsBefore);
	}

	@Test
	void aNoticeAfterAFormIsShownToItsMemberOnly() {
		var first = members.create("avis-un");
		var second = members.create("avis-deux");
		// what a form's redirect leaves for the next page
		var flash = new FlashMap();
		flash.put("noticeText", "Votre profil est enregistré.");
		var noticed = mvc.get()
			.uri("/")
			.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash)
			.with(user(TestMembers.principal(first)))
			.exchange();
		assertThat(Pages.body(noticed)).contains("Votre profil est enregistré.");
		assertThat(Pages.body(page("/", second))).doesNotContain("Votre profil est enregistré.");
		assertThat(Pages.body(page("/", first))).doesNotContain("Votre profil est enregistré.");
	}

	@Test
	void eachMemberSeesTheirOwnRegistrationOnAnEventPage() {
		var event = events.published("Matinée partagée", LocalDateTime.now().plusDays(400).withNano(0), 30);
		var registered = members.create("inscrit-partage");
		var other = members.create("pas-inscrit");
		var path = "/events/" + event.slug();
		assertThat(page(path, other)).hasStatusOk();
		assertThat(mvc.post()
			.uri(path + "/registration")
			.with(user(TestMembers.principal(registered)))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();

		assertThat(Pages.html(page(path, registered)).select(".registration .notice").text()).contains("inscrit");
		assertThat(Pages.html(page(path, other)).select(".registration .notice")).isEmpty();
		assertThat(Pages.html(page(path, other)).select(".registration form button").text()).isNotBlank();
	}

}
