package org.cercle.app.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarded headers from a peer that is not a trusted proxy change nothing (#15, point
 * 1): here only 10.255.255.255 is trusted, so the tests' own requests (from loopback) are
 * an untrusted client's, whose {@code X-Forwarded-For} must not reset the per-address
 * registration limit and whose {@code X-Forwarded-Host}/{@code -Proto} must not change
 * the site's address.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "server.tomcat.remoteip.internal-proxies=10\\.255\\.255\\.255",
		"cercle.registration.max-per-address-per-hour=2" })
class ForwardedHeadersIntegrationTests {

	@LocalServerPort
	int port;

	private String shownAt = "";

	@Test
	void anUntrustedPeersForwardedHostAndSchemeAreIgnored() throws Exception {
		var page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "https")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		var canonical = Jsoup.parse(page.body()).select("link[rel=canonical]").attr("href");
		assertThat(canonical).startsWith("http://localhost:" + port);
	}

	@Test
	void anUntrustedPeerCannotResetTheRegistrationLimitWithXForwardedFor() throws Exception {
		int last = 0;
		for (int i = 1; i <= 3; i++) {
			last = register("203.0.113." + i);
		}
		assertThat(last).as("the third registration from one address, whatever it claims").isEqualTo(429);
	}

	private int register(String claimedAddress) throws Exception {
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		// the sign-in form carries a token too: the registration form is not offered once
		// the address reached its limit
		var form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		var token = Jsoup.parse(form.body()).select("input[name=_csrf]").attr("value");
		var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/register")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		var stamp = Jsoup.parse(page.body()).select("input[name=depuis]").attr("value");
		if (!stamp.isEmpty()) {
			shownAt = stamp; // kept: the page offers no form once the limit is reached
		}
		var handle = "proxy-" + UUID.randomUUID().toString().substring(0, 8);
		var body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&handle=" + handle + "&depuis="
				+ URLEncoder.encode(shownAt, StandardCharsets.UTF_8) + "&displayName=Essai&email=" + handle
				+ "%40exemple.ch&password=" + URLEncoder.encode("une phrase de passe longue", StandardCharsets.UTF_8);
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/register"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", claimedAddress)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
