package org.cercle.app;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.testsupport.HtmlChecker;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every page type, as its readers get it, passes the Nu Html Checker with no error (#18,
 * point 5): public pages, a member's, the manage pages and the error pages.
 */
@IntegrationTest
class HtmlValidityIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void everyPageTypeIsValidHtml() throws Exception {
		var pages = new LinkedHashMap<String, String>();
		var event = "/events/le-social-crm-au-service-de-la-relation-client";
		var circle = Pages.html(mvc.get().uri("/circles/futur-du-travail").exchange());
		var discussion = circle.select("a[href^=/circles/futur-du-travail/discussions/]").attr("href");
		for (var page : Map.ofEntries(Map.entry("home", "/"), Map.entry("articles", "/articles"),
				Map.entry("article", "/articles/la-communaute-au-coeur-de-l-organisation-2-0"),
				Map.entry("tag", "/tags/communautes"), Map.entry("search", "/search?q=communaut%C3%A9"),
				Map.entry("search-empty", "/search"), Map.entry("circles", "/circles"),
				Map.entry("circle", "/circles/futur-du-travail"), Map.entry("events", "/events"),
				Map.entry("events-past", "/events/past"), Map.entry("event", event),
				Map.entry("event-past", "/events/futur-du-travail-metiers-et-it-un-nouveau-contrat-de-service"),
				Map.entry("series", "/series/matinees-e2-0"), Map.entry("member", "/members/claude"),
				Map.entry("members", "/members"), Map.entry("fediverse", "/fediverse"), Map.entry("login", "/login"),
				Map.entry("register", "/register"), Map.entry("not-found", "/nulle-part"))
			.entrySet()) {
			pages.put(page.getKey(), Pages.body(mvc.get().uri(java.net.URI.create(page.getValue())).exchange()));
		}
		if (!discussion.isEmpty()) {
			pages.put("discussion", Pages.body(mvc.get().uri(discussion).exchange()));
		}
		var member = members.create("valide");
		signedIn(pages, member, "account", "/account");
		signedIn(pages, member, "registrations", "/account/registrations");
		signedIn(pages, member, "my-circles", "/account/circles");
		signedIn(pages, member, "notifications", "/notifications");
		signedIn(pages, member, "preferences", "/account/notifications");
		signedIn(pages, member, "event-signed-in", event);
		var admin = members.create("valide-admin", Role.ADMIN, Role.AUTHOR, Role.ORGANISER, Role.MODERATOR);
		var slug = "le-social-crm-au-service-de-la-relation-client";
		for (var page : Map.ofEntries(Map.entry("manage", "/manage"), Map.entry("manage-articles", "/manage/articles"),
				Map.entry("manage-article-new", "/manage/articles/new"), Map.entry("manage-images", "/manage/images"),
				Map.entry("manage-spam", "/manage/spam"), Map.entry("manage-federation", "/manage/federation"),
				Map.entry("manage-events", "/manage/events"), Map.entry("manage-event", "/manage/events/" + slug),
				Map.entry("manage-registrations", "/manage/events/" + slug + "/registrations"),
				Map.entry("manage-check-in", "/manage/events/" + slug + "/check-in"),
				Map.entry("manage-materials", "/manage/events/" + slug + "/materials"),
				Map.entry("manage-message", "/manage/events/" + slug + "/message"),
				Map.entry("manage-moderation", "/manage/moderation"), Map.entry("manage-circles", "/manage/circles"),
				Map.entry("manage-members", "/manage/members"), Map.entry("manage-audit", "/manage/audit"),
				Map.entry("manage-import", "/manage/import"), Map.entry("manage-mail", "/manage/mail"),
				Map.entry("forbidden", "/manage/nulle-part"))
			.entrySet()) {
			signedIn(pages, admin, page.getKey(), page.getValue());
		}
		assertThat(HtmlChecker.errors(pages)).as("HTML errors on " + pages.size() + " pages").isEmpty();
	}

	@Test
	void theCheckerFindsAnErrorPutBack() throws Exception {
		var page = Pages.body(mvc.get().uri("/events").exchange())
			.replaceFirst("datetime=\"([^\"]+?)(\\+|Z)", "datetime=\"$1.123456$2");
		assertThat(HtmlChecker.errors(Map.of("events-with-microseconds", page))).as("a datetime to the microsecond")
			.isNotEmpty();
	}

	private void signedIn(Map<String, String> pages, Member member, String name, String path) {
		pages.put(name, Pages.body(mvc.get().uri(path).with(user(TestMembers.principal(member))).exchange()));
	}

}
