package org.cercle.app.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our cookies: the language one HttpOnly (and Secure over https), the CSRF one
 * SameSite=Lax (#15, point 10).
 */
@IntegrationTest
class CookiesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theLanguageCookieIsHttpOnlyAndSecureOverHttps() {
		var plain = mvc.get().uri("/?lang=en").exchange().getResponse().getHeaders("Set-Cookie");
		assertThat(plain).anySatisfy(cookie -> assertThat(cookie).startsWith("cercle_lang=en")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.doesNotContain("Secure"));
		var secure = mvc.get()
			.uri("https://localhost/?lang=en")
			.secure(true)
			.exchange()
			.getResponse()
			.getHeaders("Set-Cookie");
		assertThat(secure).anySatisfy(cookie -> assertThat(cookie).startsWith("cercle_lang=en").contains("Secure"));
	}

}
