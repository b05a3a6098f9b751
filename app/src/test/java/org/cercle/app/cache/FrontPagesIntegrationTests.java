package org.cercle.app.cache;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.feed.article.TestArticles;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real nginx with ops/nginx/cercle.conf.template in front of the instance: anonymous
 * pages come from the files the instance publishes, with the instance's body and headers,
 * and stop coming from them as soon as anything readers see changes; members, other
 * languages and odd requests always reach the instance.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FrontPagesIntegrationTests {

	static final Duration TTL = Duration.ofSeconds(3);

	static final Path PUBLISHED = directory();

	static FrontServer nginx;

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	ContentChanges changes;

	@DynamicPropertySource
	static void publishedPages(DynamicPropertyRegistry properties) {
		properties.add("cercle.front.pages-dir", PUBLISHED::toString);
		properties.add("cercle.page-cache.ttl", TTL::toString);
	}

	/**
	 * nginx in front of this instance, started once; without nginx on this machine, the
	 * test is skipped and says why (CI installs it).
	 */
	FrontServer nginx() throws IOException, InterruptedException {
		assumeTrue(FrontServer.installed(), "nginx is not installed here (apt-get install nginx)");
		if (nginx == null) {
			nginx = FrontServer.start(port, PUBLISHED);
		}
		return nginx;
	}

	@AfterAll
	static void stopNginx() throws InterruptedException {
		if (nginx != null) {
			nginx.close();
			nginx = null;
		}
	}

	@Test
	void anAnonymousPageIsSentByNginxFromItsPublishedFileWithTheInstancesBodyAndHeaders() throws Exception {
		nginx();
		var path = "/articles/" + articles.published(members.create("auteur-front", Role.AUTHOR).id());
		HeardChanges.awaitAllHeard(changes);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			var fromInstance = get(path, Map.of());
			var fromFile = get(path, Map.of());
			assertThat(fromInstance.headers().firstValue("X-Cercle-Page")).isEmpty();
			assertThat(fromFile.headers().firstValue("X-Cercle-Page")).hasValue("published");
			assertThat(fromFile.statusCode()).isEqualTo(200);
			assertThat(fromFile.body()).isEqualTo(fromInstance.body());
			assertSameHeaders(fromInstance, fromFile);
		});
		assertThat(PUBLISHED.resolve("current/fr/http/127.0.0.1:" + nginx().port() + path + ".html")).exists();
		assertThat(get(path, Map.of("Accept", "application/activity+json")).headers().firstValue("Content-Type"))
			.as("the same address for the social web")
			.hasValueSatisfying(type -> assertThat(type).contains("json"));
	}

	@Test
	void theFeedAndTheSitemapArePublishedWithTheirTypes() throws Exception {
		nginx();
		for (var path : List.of("/feed.atom", "/sitemap.xml")) {
			await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
				var fromInstance = get(path, Map.of());
				var fromFile = get(path, Map.of());
				assertThat(fromFile.headers().firstValue("X-Cercle-Page")).hasValue("published");
				assertThat(fromFile.body()).isEqualTo(fromInstance.body());
				assertSameHeaders(fromInstance, fromFile);
			});
		}
	}

	@Test
	void aChangeReadersSeeWithdrawsThePublishedPagesBeforeTheNextRequest() throws Exception {
		nginx();
		var author = members.create("auteur-front-accueil", Role.AUTHOR);
		HeardChanges.awaitAllHeard(changes);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			get("/search?q=frontalier", Map.of());
			var published = get("/search?q=frontalier", Map.of());
			assertThat(published.headers().firstValue("X-Cercle-Page")).hasValue("published");
			assertThat(published.body()).doesNotContain("Le travailleur frontalier");
		});

		articles.publishedAndAnnounced(author.id(), "Le travailleur frontalier");

		var next = get("/search?q=frontalier", Map.of());
		assertThat(next.headers().firstValue("X-Cercle-Page")).isEmpty();
		assertThat(next.body()).contains("Le travailleur frontalier");
	}

	@Test
	void membersCredentialsScriptsAndOtherLanguagesAlwaysReachTheInstance() throws Exception {
		nginx();
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			get("/articles", Map.of());
			assertThat(get("/articles", Map.of()).headers().firstValue("X-Cercle-Page")).hasValue("published");
			for (var header : List.of(Map.of("Cookie", "CERCLE_SESSION=abc"),
					Map.of("Authorization", "Basic YWxpY2U6c2VjcmV0"), Map.of("Origin", "https://ailleurs.example"),
					Map.of("Accept-Language", "de-DE,de;q=0.9"), Map.of("Accept-Language", "fr;q=0.5,en"),
					Map.of("Accept", "application/activity+json"))) {
				assertThat(get("/articles", header).headers().firstValue("X-Cercle-Page")).as(header.toString())
					.isEmpty();
			}
		});
	}

	@Test
	void englishReadersGetTheirOwnPublishedCopy() throws Exception {
		nginx();
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			var english = Map.of("Accept-Language", "en-GB,en;q=0.9,fr;q=0.8");
			var fromInstance = get("/events", english);
			var fromFile = get("/events", english);
			assertThat(fromFile.headers().firstValue("X-Cercle-Page")).hasValue("published");
			assertThat(fromFile.headers().firstValue("Content-Language")).hasValue("en");
			assertThat(fromFile.body()).isEqualTo(fromInstance.body()).isNotEqualTo(get("/events", Map.of()).body());
		});
	}

	@Test
	void aClientsForwardedHostNeverShapesAPublishedPage() throws Exception {
		nginx();
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			var poisoned = Map.of("X-Forwarded-Host", "piege.example", "X-Forwarded-Port", "4444");
			get("/circles", poisoned);
			get("/circles", poisoned);
			var next = get("/circles", Map.of());
			assertThat(next.headers().firstValue("X-Cercle-Page")).hasValue("published");
			assertThat(next.body()).doesNotContain("piege.example").doesNotContain("4444");
		});
	}

	@Test
	void publishedFilesGoOnceTheirTimeToLiveIsOver() throws Exception {
		nginx();
		var file = PUBLISHED.resolve("current/fr/http/127.0.0.1:" + nginx().port() + "/search,q=communaut%C3%A9.html");
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			get("/search?q=communaut%C3%A9", Map.of());
			assertThat(file).exists();
		});
		await().atMost(TTL.multipliedBy(3)).untilAsserted(() -> assertThat(file).doesNotExist());
	}

	@Test
	void anInstanceNginxCannotReachGetsAFrenchPageAskingToComeBack() throws Exception {
		nginx();
		var nowhere = FrontServer.readableDirectory("cercle-front-nowhere");
		try (var alone = FrontServer.start(FrontServer.freePort(), nowhere)) {
			var answer = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + alone.port() + "/articles")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(503);
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
			assertThat(answer.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(answer.body()).contains("<html lang=\"fr\">", "Cercle revient dans un instant")
				.doesNotContain("nginx");
		}
	}

	@Test
	void stoppingWithdrawsEveryPageAndAFullDirectoryTakesNoMore() throws IOException {
		var other = directory();
		var front = new FrontPages(other, changes, Duration.ofMinutes(5), 30_000, Clock.systemUTC());
		front.start();
		try {
			HeardChanges.awaitAllHeard(changes);
			var generation = changes.generation();
			front.publish(request("/un"), page(generation, 20_000));
			front.publish(request("/deux"), page(generation, 20_000));
			assertThat(other.resolve("current/fr/http/cercle.example/un.html")).hasSize(20_000);
			assertThat(other.resolve("current/fr/http/cercle.example/deux.html")).as("over the 30,000 bytes")
				.doesNotExist();
		}
		finally {
			front.stop();
		}
		try (var files = Files.walk(other.resolve("current/"))) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	private static MockHttpServletRequest request(String path) {
		var request = new MockHttpServletRequest("GET", path);
		request.addHeader("Host", "cercle.example");
		return request;
	}

	private static PageCache.Page page(long generation, int size) {
		return new PageCache.Page(generation, List.of(Map.entry("Cache-Control", "no-cache")),
				"text/html;charset=UTF-8", new byte[size], "\"0\"");
	}

	private HttpResponse<String> get(String path, Map<String, String> headers)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginx().port() + path));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Every header the instance sends, but those that differ from one answer to the next
	 * or belong to the server (request id, validators, date, length).
	 */
	private static void assertSameHeaders(HttpResponse<String> fromInstance, HttpResponse<String> fromFile) {
		var own = List.of("x-request-id", "etag", "last-modified", "date", "content-length", "transfer-encoding",
				"connection", "keep-alive", "server", "accept-ranges", "x-cercle-page", "vary");
		fromInstance.headers().map().forEach((name, values) -> {
			if (!own.contains(name.toLowerCase(Locale.ROOT))) {
				assertThat(fromFile.headers().allValues(name).stream().map(FrontPagesIntegrationTests::normalized))
					.as(name)
					.containsExactlyElementsOf(values.stream().map(FrontPagesIntegrationTests::normalized).toList());
			}
		});
		assertThat(fromFile.headers().firstValue("X-Request-Id")).isPresent();
	}

	private static String normalized(String value) {
		return value.replace(" ", "").toLowerCase(Locale.ROOT);
	}

	private static Path directory() {
		try {
			return FrontServer.readableDirectory("cercle-front");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
