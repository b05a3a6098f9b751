package org.cercle.app.federation;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

/**
 * Another ActivityPub server for the inbox tests: an HTTP server of the JDK on a free
 * port of 127.0.0.1 that publishes one actor ({@code /actor}) with its key, and signs
 * what the tests send in its name.
 */
final class RemoteActorServer implements AutoCloseable {

	final KeyPair keys = rsa();

	private final HttpServer server;

	private volatile byte[] document;

	/** The bodies posted to its shared inbox. */
	final java.util.List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();

	RemoteActorServer(String host) throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		var base = "http://" + host + ":" + server.getAddress().getPort();
		document = ("""
				{"@context":["https://www.w3.org/ns/activitystreams","https://w3id.org/security/v1"],
				 "id":"%1$s/actor","type":"Person","preferredUsername":"loin","name":"Lointaine",
				 "url":"%1$s/@loin","inbox":"%1$s/actor/inbox","endpoints":{"sharedInbox":"%1$s/inbox"},
				 "publicKey":{"id":"%1$s/actor#main-key","owner":"%1$s/actor","publicKeyPem":"%2$s"}}""")
			.formatted(base, ActorKeys.pem("PUBLIC KEY", keys.getPublic().getEncoded()).replace("\n", "\\n"))
			.getBytes(StandardCharsets.UTF_8);
		server.createContext("/actor", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "application/activity+json");
			exchange.sendResponseHeaders(200, document.length);
			exchange.getResponseBody().write(document);
			exchange.close();
		});
		server.createContext("/inbox", exchange -> {
			received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(202, -1);
			exchange.close();
		});
		server.start();
		this.base = base;
	}

	final String base;

	String actor() {
		return base + "/actor";
	}

	/**
	 * The headers of a POST of this body to Cercle's address, signed with this actor's
	 * key.
	 */
	Map<String, String> signed(String cercleAddress, String body, Instant at) {
		return HttpSignatures.signPost(URI.create(cercleAddress), body.getBytes(StandardCharsets.UTF_8),
				actor() + "#main-key", keys.getPrivate(), at);
	}

	/**
	 * Posts a body to an inbox of Cercle over real HTTP with these headers (Host and
	 * Content-Type as the client sets them), as another server sends it.
	 */
	static java.net.http.HttpResponse<String> post(String inbox, String body, Map<String, String> headers)
			throws IOException, InterruptedException {
		var request = java.net.http.HttpRequest.newBuilder(URI.create(inbox))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/activity+json");
		headers.forEach((name, value) -> {
			if (!"host".equals(name) && !"content-type".equals(name)) {
				request.header(name, value);
			}
		});
		return java.net.http.HttpClient.newHttpClient()
			.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	private static KeyPair rsa() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
