package org.cercle.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.SecondInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance tells its proxy the truth (#15, points 13 and 14): not ready within two
 * seconds of losing PostgreSQL and ready again once it answers, alive throughout, pages
 * failing fast with a French 503; and on shutdown, not ready first while it still serves.
 */
@IntegrationTest
class AvailabilityIntegrationTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Autowired
	DataSource dataSource;

	@Test
	void losingPostgresMakesTheInstanceNotReadyWithinTwoSecondsAndPagesFailFastUntilItIsBack() throws Exception {
		var data = Files.createTempDirectory("cercle-outage");
		var port = freePort();
		var postgres = postgres(data, port);
		var instance = SecondInstance.start("jdbc:postgresql://localhost:" + port + "/postgres", "postgres");
		try {
			var web = ((WebServerApplicationContext) instance).getWebServer().getPort();
			assertThat(status(web, "/readyz")).isEqualTo(200);

			postgres.close();
			var lost = System.nanoTime();
			await().atMost(Duration.ofSeconds(2)).until(() -> status(web, "/readyz") == 503);
			assertThat(status(web, "/livez")).as("alive: restarting it would not help").isEqualTo(200);
			var asked = System.nanoTime();
			var page = get(web, "/search?q=lac");
			assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("fails fast").isLessThan(Duration.ofSeconds(5));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(Jsoup.parse(page.body()).select("p.lead").text()).startsWith("Cercle ne joint plus sa base");
			assertThat(Duration.ofNanos(asked - lost)).isLessThan(Duration.ofSeconds(2));

			postgres = postgres(data, port);
			await().atMost(Duration.ofSeconds(10)).until(() -> status(web, "/readyz") == 200);
			await().atMost(Duration.ofSeconds(10)).until(() -> get(web, "/search?q=lac").statusCode() == 200);
		}
		finally {
			instance.close();
			postgres.close();
		}
	}

	@Test
	void onShutdownTheInstanceIsNotReadyFirstAndStillServesDuringTheGracePeriod() throws Exception {
		var instance = SecondInstance.start(dataSource, "--cercle.shutdown.grace=3s");
		var web = ((WebServerApplicationContext) instance).getWebServer().getPort();
		assertThat(status(web, "/readyz")).isEqualTo(200);
		var closing = CompletableFuture.runAsync(instance::close);
		await().atMost(Duration.ofSeconds(1)).until(() -> status(web, "/readyz") == 503);
		assertThat(status(web, "/events")).as("still serving while the proxy notices").isEqualTo(200);
		assertThat(closing).as("still in its grace period").isNotDone();
		closing.get();
		assertThat(instance.isActive()).isFalse();
	}

	/** As a probe asks: any answer will do. */
	private int status(int port, String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(20))
				.GET()
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(20))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setLocaleConfig("locale-provider", "builtin")
			.setLocaleConfig("builtin-locale", "C.UTF-8")
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setRegisterShutdownHook(false)
			.start();
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
