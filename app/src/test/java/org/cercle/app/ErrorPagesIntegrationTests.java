package org.cercle.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.testsupport.Pages;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ErrorPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void unknownAddressIsAFrenchNotFoundPage() {
		var result = mvc.get().uri("/cette/page/n-existe/pas").exchange();
		assertThat(result).hasStatus(404);
		var page = Pages.html(result);
		assertThat(page.title()).isEqualTo("Erreur 404 — Cercle");
		assertThat(page.select("main").text()).contains("La page demandée n'existe pas ou n'existe plus.");
		assertThat(Pages.body(result)).doesNotContain("Whitelabel", "Exception", "at org.");
	}

	@Test
	void aFeedOrCalendarThatDoesNotExistIsAnHtmlPageSaidToBeHtml() {
		for (var path : new String[] { "/tags/etiquette-inconnue/feed.atom", "/events/evenement-inconnu.ics" }) {
			var result = mvc.get().uri(path).header("Accept", "application/atom+xml, text/calendar, */*").exchange();
			assertThat(result).as(path).hasStatus(404).hasContentTypeCompatibleWith("text/html");
			assertThat(Pages.html(result).select("main").text()).as(path).contains("n'existe");
		}
	}

	@Test
	void unknownMemberIsNotFound() {
		var result = mvc.get().uri("/members/personne").exchange();
		assertThat(result).hasStatus(404);
		assertThat(Pages.html(result).select("main").text()).contains("Ce membre n'existe pas.");
	}

	@Autowired
	org.cercle.community.account.TestMembers members;

	@Test
	void wrongMethodIsRefusedWithTheLayout() {
		var result = mvc.put()
			.uri("/articles")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(org.cercle.community.account.TestMembers.principal(members.create("methode"))))
			.exchange();
		assertThat(result).hasStatus(405);
		assertThat(Pages.html(result).select("main").text()).contains("Cette action n'est pas permise");
	}

	@Test
	void postWithoutCsrfTokenIsForbidden() {
		assertThat(mvc.post().uri("/articles").exchange()).hasStatus(403);
	}

	@Test
	void managementPagesAreClosedToAnonymousReaders() {
		var result = mvc.get().uri("/manage/articles").exchange();
		assertThat(result.getResponse().getStatus()).isIn(302, 401, 403);
	}

	@Test
	void errorPagesSpeakEnglishToEnglishReaders() {
		var result = mvc.get().uri("/articles/inconnu").header("Accept-Language", "en").exchange();
		assertThat(result).hasStatus(404);
		assertThat(Pages.html(result).select("main").text()).contains("This article does not exist");
	}

	@Test
	void sendsSecurityHeadersOnEveryKindOfPage() {
		for (var path : new String[] { "/", "/articles/la-communaute-au-coeur-de-l-organisation-2-0", "/feed.atom",
				"/sitemap.xml", "/login", "/register", "/members/claude", "/page-inconnue", "/?avant=mauvais" }) {
			var result = mvc.get().uri(path).exchange();
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(path)
				.contains("frame-ancestors 'none'");
			assertThat(result.getResponse().getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(result.getResponse().getHeader("Referrer-Policy")).as(path)
				.isEqualTo("strict-origin-when-cross-origin");
			assertThat(result.getResponse().getHeader("Permissions-Policy")).as(path).contains("camera=()");
		}
	}

	@Test
	void sendsHstsOnlyOverHttps() {
		assertThat(mvc.get().uri("/").exchange().getResponse().getHeader("Strict-Transport-Security")).isNull();
		assertThat(mvc.get().uri("https://localhost/").exchange().getResponse().getHeader("Strict-Transport-Security"))
			.contains("max-age=");
	}

	@Test
	void sendsSecurityHeaders() {
		var result = mvc.get().uri("/").exchange();
		assertThat(result).headers().containsHeader("Content-Security-Policy");
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

}
