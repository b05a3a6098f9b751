package org.cercle.app;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import org.cercle.community.account.TestMembers;
import org.cercle.community.Role;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.SecondInstance;
import org.cercle.testsupport.TestMailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on one database: a member signed in through one is signed in
 * on the other, and what is written through one shows in the other's cached pages.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SharedSessionsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	TestMailbox mailbox;

	/**
	 * A second node on the same database, on a free port (never the portal's own,
	 * whatever else runs here).
	 */
	private ConfigurableApplicationContext secondInstance() {
		return SecondInstance.start(dataSource);
	}

	@Test
	void aPageCachedByOneInstanceShowsACommentPostedThroughTheOther() throws Exception {
		var author = members.create("auteur-deux-instances", Role.AUTHOR);
		var page = "/articles/" + articles.published(author.id());
		try (var second = secondInstance()) {
			var otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			var reader = HttpClient.newHttpClient();
			for (int i = 0; i < 3; i++) {
				assertThat(Jsoup.parse(reader.send(get(port, page), HttpResponse.BodyHandlers.ofString()).body())
					.select(".comment-body")).isEmpty();
			}

			var commented = post(signedIn(otherPort, author.handle()), otherPort, page, page + "/comments",
					"body=" + URLEncoder.encode("Écrit sur l'autre instance.", StandardCharsets.UTF_8));
			assertThat(commented.statusCode()).isEqualTo(302);

			// the database tells this instance as the comment commits; its notification
			// takes well under a millisecond
			await().atMost(Duration.ofSeconds(2))
				.untilAsserted(() -> assertThat(
						Jsoup.parse(reader.send(get(port, page), HttpResponse.BodyHandlers.ofString()).body())
							.select(".comment-body")
							.text())
					.isEqualTo("Écrit sur l'autre instance."));
		}
	}

	@Test
	void aSignedInPageKeptByOneInstanceShowsACommentPostedThroughTheOther() throws Exception {
		var author = members.create("auteur-deux-membres", Role.AUTHOR);
		var page = "/articles/" + articles.published(author.id());
		try (var second = secondInstance()) {
			var otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			var reader = signedIn(members.create("lectrice-deux-inst").handle());
			for (int i = 0; i < 3; i++) {
				assertThat(Jsoup.parse(reader.send(get(port, page), HttpResponse.BodyHandlers.ofString()).body())
					.select(".comment-body")).isEmpty();
			}

			var commented = post(signedIn(otherPort, author.handle()), otherPort, page, page + "/comments",
					"body=" + URLEncoder.encode("Vu par une membre ici.", StandardCharsets.UTF_8));
			assertThat(commented.statusCode()).isEqualTo(302);

			await().atMost(Duration.ofSeconds(2))
				.untilAsserted(() -> assertThat(
						Jsoup.parse(reader.send(get(port, page), HttpResponse.BodyHandlers.ofString()).body())
							.select(".comment-body")
							.text())
					.isEqualTo("Vu par une membre ici."));
		}
	}

	@Test
	void signingOutOnOneInstanceEndsTheSessionThisOneRemembers() throws Exception {
		var member = members.create("sortie-deux-inst");
		assertEndedHereBy(member.handle(), (browser, otherPort) -> post(browser, otherPort, "/account", "/logout", ""));
	}

	@Test
	void aSessionOpenedOnOneInstanceIsAcceptedByTheOther() throws Exception {
		var member = members.create("deux-instances");
		try (var second = secondInstance()) {
			var otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

			var signInPage = http.send(get(port, "/login"), HttpResponse.BodyHandlers.ofString());
			var token = Jsoup.parse(signInPage.body()).select("input[name=_csrf]").attr("value");
			var form = "username=" + member.handle() + "&password="
					+ URLEncoder.encode(TestMembers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8);
			var signedIn = http.send(HttpRequest.newBuilder(uri(port, "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying(url -> assertThat(url).endsWith("/"));
			assertThat(signedIn.headers().allValues("Set-Cookie"))
				.anySatisfy(cookie -> assertThat(cookie).startsWith("CERCLE_SESSION=")
					.contains("HttpOnly")
					.contains("SameSite=Lax"));

			var account = http.send(get(otherPort, "/account"), HttpResponse.BodyHandlers.ofString());
			assertThat(account.statusCode()).isEqualTo(200);
			assertThat(account.body()).contains("@<span>" + member.handle() + "</span>");
		}
	}

	@Test
	void suspendingAMemberEndsTheirOpenSessions() throws Exception {
		var member = members.create("a-suspendre");
		var admin = members.create("admin-suspend", org.cercle.community.Role.ADMIN);
		var memberBrowser = signedIn(member.handle());
		assertThat(memberBrowser.send(get(port, "/account"), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);

		var adminBrowser = signedIn(admin.handle());
		var suspended = post(adminBrowser, "/manage/members", "/manage/members/" + member.handle() + "/suspension",
				"reason=spam");
		assertThat(suspended.statusCode()).isEqualTo(302);

		var after = memberBrowser.send(get(port, "/account"), HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
		var audit = adminBrowser.send(get(port, "/manage/audit"), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(Jsoup.parse(audit).select("tbody tr").first().text()).contains("Compte suspendu", admin.handle(),
				member.handle());
	}

	@Test
	void changingThePasswordEndsTheMembersOtherSessions() throws Exception {
		var member = members.create("deux-navigateurs");
		var laptop = signedIn(member.handle());
		var phone = signedIn(member.handle());
		var changed = post(laptop, "/account", "/account/password",
				"currentPassword=" + URLEncoder.encode(TestMembers.PASSWORD, StandardCharsets.UTF_8) + "&newPassword="
						+ URLEncoder.encode("un tout autre secret du matin", StandardCharsets.UTF_8));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(laptop.send(get(port, "/account"), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
		assertThat(phone.send(get(port, "/account"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(302);
	}

	@Test
	void resettingAForgottenPasswordEndsEverySessionOfTheMember() throws Exception {
		var member = members.create("oubli-deux-sessions");
		var laptop = signedIn(member.handle());
		var stranger = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		assertThat(post(stranger, "/password/forgotten", "/password/forgotten",
				"email=" + URLEncoder.encode(member.email(), StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(200);
		var token = TestMailbox.token(mailbox.awaitOne(member.email(), "Réinitialiser"), "/password/reset");
		var reset = post(stranger, "/password/reset?token=" + token, "/password/reset", "token=" + token + "&password="
				+ URLEncoder.encode("une phrase neuve et longue", StandardCharsets.UTF_8));
		assertThat(reset.statusCode()).isEqualTo(302);
		assertThat(laptop.send(get(port, "/account"), HttpResponse.BodyHandlers.ofString()).statusCode())
			.as("the session opened before the reset is over")
			.isEqualTo(302);
	}

	@Test
	void suspendingAMemberOnOneInstanceEndsTheSessionTheOtherRemembers() throws Exception {
		var member = members.create("suspendu-deux-inst");
		var admin = members.create("admin-deux-inst", Role.ADMIN);
		assertEndedHereBy(member.handle(), (browser, otherPort) -> post(signedIn(otherPort, admin.handle()), otherPort,
				"/manage/members", "/manage/members/" + member.handle() + "/suspension", "reason=spam"));
	}

	@Test
	void changingThePasswordOnOneInstanceEndsTheSessionTheOtherRemembers() throws Exception {
		var member = members.create("mdp-deux-inst");
		assertEndedHereBy(member.handle(),
				(browser, otherPort) -> post(signedIn(otherPort, member.handle()), otherPort, "/account",
						"/account/password",
						"currentPassword=" + URLEncoder.encode(TestMembers.PASSWORD, StandardCharsets.UTF_8)
								+ "&newPassword="
								+ URLEncoder.encode("encore un autre secret", StandardCharsets.UTF_8)));
	}

	/** What ends a session on the other instance: a form posted there (redirected). */
	private interface Ending {

		HttpResponse<String> postOn(HttpClient browser, int otherPort) throws Exception;

	}

	/**
	 * Signs the member in on this instance, lets it remember the session, ends the
	 * session through the other instance, and checks that this one no longer accepts it.
	 */
	private void assertEndedHereBy(String handle, Ending ending) throws Exception {
		try (var second = secondInstance()) {
			var otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			var browser = signedIn(handle);
			var replay = rememberedHere(browser);

			assertThat(ending.postOn(browser, otherPort).statusCode()).isEqualTo(302);

			assertEndedHere(replay);
		}
	}

	/**
	 * Reads the member's account page on this instance a few times (so that the session
	 * is remembered here) and returns the browser's cookies and the page's CSRF token, as
	 * a stolen copy would hold them.
	 */
	private Replay rememberedHere(HttpClient browser) throws Exception {
		String html = "";
		for (int i = 0; i < 3; i++) {
			var account = browser.send(get(port, "/account"), HttpResponse.BodyHandlers.ofString());
			assertThat(account.statusCode()).isEqualTo(200);
			html = account.body();
		}
		var cookies = (CookieManager) browser.cookieHandler().orElseThrow();
		return new Replay(
				String.join("; ", cookies.getCookieStore().getCookies().stream().map(Object::toString).toList()),
				Jsoup.parse(html).select("input[name=_csrf]").attr("value"));
	}

	private record Replay(String cookies, String token) {
	}

	/**
	 * A session ended on the other instance: this one refuses its forms at once, and its
	 * pages as soon as it has heard of the end (well under a millisecond here).
	 */
	private void assertEndedHere(Replay replay) throws Exception {
		var http = HttpClient.newHttpClient();
		var form = http.send(HttpRequest.newBuilder(uri(port, "/account/password"))
			.header("Cookie", replay.cookies())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("currentPassword=faux&newPassword=un+secret+assez+long&_csrf="
					+ URLEncoder.encode(replay.token(), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).as("a form is refused at once").isEqualTo(302);
		assertThat(form.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
		await().atMost(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(http
				.send(withCookies(get(port, "/account"), replay.cookies()), HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(302));
	}

	private HttpClient signedIn(String handle) throws Exception {
		return signedIn(port, handle);
	}

	private HttpClient signedIn(int port, String handle) throws Exception {
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var response = post(http, port, "/login", "/login",
				"username=" + handle + "&password=" + URLEncoder.encode(TestMembers.PASSWORD, StandardCharsets.UTF_8));
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/"));
		return http;
	}

	/**
	 * Posts a form the way a browser does: with the CSRF token of the page that shows it.
	 */
	private HttpResponse<String> post(HttpClient http, String page, String action, String form) throws Exception {
		return post(http, port, page, action, form);
	}

	private HttpResponse<String> post(HttpClient http, int port, String page, String action, String form)
			throws Exception {
		var html = http.send(get(port, page), HttpResponse.BodyHandlers.ofString()).body();
		var token = Jsoup.parse(html).select("input[name=_csrf]").attr("value");
		var shownAt = Jsoup.parse(html).select("input[name=depuis]").attr("value");
		var body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
				+ (shownAt.isEmpty() ? "" : "&depuis=" + URLEncoder.encode(shownAt, StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri(port, action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest withCookies(HttpRequest request, String cookies) {
		return HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", cookies).build();
	}

	private static HttpRequest get(int port, String path) {
		return HttpRequest.newBuilder(uri(port, path)).header("Accept", "text/html").GET().build();
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
