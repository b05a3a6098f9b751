package org.cercle.browser;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core, in the real Chromium, finds no violation on every page type (#18, point 5):
 * public pages, a member's pages, the manage pages and an error page.
 */
class AccessibilityBrowserTests extends BrowserTest {

	private static final String EVENT = "le-social-crm-au-service-de-la-relation-client";

	@Autowired
	TestMembers members;

	private final List<String> violations = new ArrayList<>();

	@Test
	void publicPagesHaveNoAccessibilityViolation() {
		check("/", "/articles", "/articles/la-communaute-au-coeur-de-l-organisation-2-0", "/tags/communautes",
				"/search?q=communaut%C3%A9", "/circles", "/circles/futur-du-travail", "/events", "/events/past",
				"/events/" + EVENT, "/series/matinees-e2-0", "/members/claude", "/members", "/fediverse", "/login",
				"/register", "/nulle-part");
		assertThat(violations).isEmpty();
	}

	@Test
	void membersAndManagersPagesHaveNoAccessibilityViolation() {
		signIn(members.create("axe", Role.ADMIN, Role.AUTHOR, Role.ORGANISER, Role.MODERATOR));
		check("/account", "/account/registrations", "/account/circles", "/notifications", "/account/notifications",
				"/manage", "/manage/articles", "/manage/articles/new", "/manage/images", "/manage/spam",
				"/manage/federation", "/manage/events", "/manage/events/" + EVENT,
				"/manage/events/" + EVENT + "/registrations", "/manage/events/" + EVENT + "/check-in",
				"/manage/events/" + EVENT + "/materials", "/manage/events/" + EVENT + "/message", "/manage/moderation",
				"/manage/circles", "/manage/members", "/manage/audit", "/manage/import", "/manage/mail");
		assertThat(violations).isEmpty();
	}

	@Test
	void theDarkModeKeepsEveryContrast() {
		browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
				List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
		try {
			open("/");
			assertThat(
					(String) browser.executeScript("return getComputedStyle(document.documentElement).backgroundColor"))
				.as("a dark page")
				.isEqualTo("rgb(20, 23, 28)");
			check("/", "/articles/la-communaute-au-coeur-de-l-organisation-2-0", "/events/" + EVENT,
					"/search?q=communaut%C3%A9", "/login?erreur=identifiants", "/circles/futur-du-travail");
			signIn(members.create("axe-nuit", Role.ADMIN, Role.MODERATOR));
			check("/manage", "/manage/moderation", "/manage/members", "/account", "/members", "/manage/articles/new");
			assertThat(violations).isEmpty();
		}
		finally {
			browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
		}
	}

	@Test
	void axeFindsAViolationPutBack() {
		open("/events");
		browser.executeScript("document.querySelector('main img, main a').setAttribute('aria-hidden', 'true');"
				+ "const image = document.createElement('img'); image.src = '/favicon.ico';"
				+ "document.querySelector('main').appendChild(image);");
		assertThat(new AxeBuilder().analyze(browser).getViolations()).as("an image without alt text").isNotEmpty();
	}

	private void check(String... paths) {
		for (var path : paths) {
			open(path);
			for (var violation : new AxeBuilder().analyze(browser).getViolations()) {
				violations.add(path + " " + violation.getId() + ": " + violation.getHelp() + " — "
						+ violation.getNodes().stream().limit(3).map(node -> node.getTarget().toString()).toList());
			}
		}
	}

}
