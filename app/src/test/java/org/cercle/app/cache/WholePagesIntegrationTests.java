package org.cercle.app.cache;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cercle.community.account.TestMembers;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.SignedInCookies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages written from memory reach the connection with their length, in one piece, as the
 * bytes Tomcat puts on the wire show (MockMvc never shows them): not in chunks.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WholePagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestMembers members;

	@Autowired
	ContentChanges changes;

	@Test
	void anAnonymousPageFromMemoryIsSentWithItsLength() throws Exception {
		var path = "/";
		HeardChanges.awaitAllHeard(changes);
		var rendered = get(path, "");
		assertWhole(rendered);
		assertThat(rendered.body().length()).as("larger than Tomcat's own buffer").isGreaterThan(8192);
		// from memory, unless another test's commit just emptied the cache
		for (int i = 0; i < 5; i++) {
			var again = get(path, "");
			assertThat(again.body()).isEqualTo(rendered.body());
			assertWhole(again);
		}
	}

	@Test
	void aSharedSignedInPageIsSentWithItsLength() throws Exception {
		var cookies = SignedInCookies.of(port, members.create("lectrice-entiere").handle());
		get("/", cookies);
		var shared = get("/", cookies);

		assertThat(shared.body()).contains("lectrice-entiere").hasSizeGreaterThan(8192);
		assertWhole(shared);
	}

	private static void assertWhole(Response response) {
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers()).doesNotContainKey("transfer-encoding");
		assertThat(response.headers()).containsEntry("content-length",
				String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length));
	}

	/** One request on its own connection, read as the bytes came. */
	private Response get(String path, String cookies) throws Exception {
		try (var socket = new Socket("localhost", port)) {
			var request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: text/html\r\n"
					+ (cookies.isEmpty() ? "" : "Cookie: " + cookies + "\r\n") + "Connection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			var bytes = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(bytes);
			var text = bytes.toString(StandardCharsets.UTF_8);
			var end = text.indexOf("\r\n\r\n");
			var lines = text.substring(0, end).split("\r\n");
			var headers = new LinkedHashMap<String, String>();
			for (int i = 1; i < lines.length; i++) {
				var colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).toLowerCase(), lines[i].substring(colon + 1).strip());
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
		}
	}

	private record Response(int status, Map<String, String> headers, String body) {
	}

}
