package org.cercle.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

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
	void unknownMemberIsNotFound() {
		var result = mvc.get().uri("/members/personne").exchange();
		assertThat(result).hasStatus(404);
		assertThat(Pages.html(result).select("main").text()).contains("Ce membre n'existe pas.");
	}

	@Test
	void wrongMethodIsRefusedWithTheLayout() {
		var result = mvc.put().uri("/articles").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).exchange();
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
	void sendsSecurityHeaders() {
		var result = mvc.get().uri("/").exchange();
		assertThat(result).headers().containsHeader("Content-Security-Policy");
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

}
