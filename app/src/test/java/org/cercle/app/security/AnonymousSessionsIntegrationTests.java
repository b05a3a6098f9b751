package org.cercle.app.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous visitor sent to sign in gets no session (#15, point 9): the page to return
 * to is remembered in a short-lived cookie, not in a database session of 14 days.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AnonymousSessionsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void askingForAMembersPageManyTimesCreatesNoSession() throws Exception {
		var before = sessions();
		var http = HttpClient.newHttpClient();
		for (int i = 0; i < 20; i++) {
			var response = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account")).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().allValues("Set-Cookie"))
				.noneMatch(cookie -> cookie.startsWith("CERCLE_SESSION"));
		}
		assertThat(sessions()).isEqualTo(before);
	}

	/**
	 * As Tomcat writes it (#15, point 10): the CSRF cookie is SameSite=Lax like the
	 * others.
	 */
	@Test
	void theCsrfCookieIsSameSiteLax() throws Exception {
		var page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(page.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").containsIgnoringCase("SameSite=Lax"));
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

}
