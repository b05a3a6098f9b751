package org.cercle.app.federation;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cercle's requests to other servers never reach this machine or a private network by
 * default (a remote document could name such an address: SSRF), follow no redirect, and
 * read neither too much nor for too long.
 */
class RemoteFetchTests {

	private static FederationSettings settings(boolean allowPrivate) {
		return new FederationSettings(allowPrivate, null, DataSize.ofKilobytes(64), Duration.ofMillis(800), null, 0,
				null, null, 0, null, null, null);
	}

	@Test
	void loopbackPrivateLinkLocalAndOtherSchemesAreRefusedByDefault() {
		var fetch = new RemoteFetch(settings(false));
		for (var address : new String[] { "http://127.0.0.1:9/actor", "http://localhost/actor", "http://[::1]/actor",
				"http://10.1.2.3/actor", "http://192.168.1.1/actor", "http://172.16.0.1/actor",
				"http://169.254.169.254/latest/meta-data", "http://0.0.0.0/", "http://[fd00::1]/", "http://100.64.0.1/",
				"file:///etc/passwd", "ftp://pair.example/actor" }) {
			assertThatThrownBy(() -> fetch.document(URI.create(address))).as(address)
				.isInstanceOf(RemoteFetch.RemoteFailure.class);
		}
	}

	@Test
	void publicAddressesAreNotPrivate() throws Exception {
		assertThat(RemoteFetch.privateAddress(InetAddress.getByName("93.184.215.14"))).isFalse();
		assertThat(RemoteFetch.privateAddress(InetAddress.getByName("2a00:1450:4001:82f::200e"))).isFalse();
		assertThat(RemoteFetch.privateAddress(InetAddress.getByName("127.0.0.2"))).isTrue();
	}

	@Test
	void aDocumentTooLargeARedirectOrASlowAnswerIsRefused() throws Exception {
		var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/large", exchange -> {
			var body = ("{\"id\":\"" + "x".repeat(100_000) + "\"}").getBytes();
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.createContext("/redirect", exchange -> {
			exchange.getResponseHeaders().add("Location", "http://169.254.169.254/");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		server.createContext("/slow", exchange -> {
			try {
				Thread.sleep(3000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.createContext("/small", exchange -> {
			var body = "{\"id\":\"ok\"}".getBytes();
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		server.start();
		try {
			var base = "http://127.0.0.1:" + server.getAddress().getPort();
			var fetch = new RemoteFetch(settings(true));
			assertThat(fetch.document(URI.create(base + "/small")).path("id").asString()).isEqualTo("ok");
			assertThatThrownBy(() -> fetch.document(URI.create(base + "/large"))).hasMessageContaining("larger than");
			assertThatThrownBy(() -> fetch.document(URI.create(base + "/redirect"))).hasMessageContaining("302");
			var started = System.nanoTime();
			assertThatThrownBy(() -> fetch.document(URI.create(base + "/slow")))
				.isInstanceOf(RemoteFetch.RemoteFailure.class);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
		}
		finally {
			server.stop(0);
		}
	}

}
