package org.cercle.app.federation;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Cercle's requests to other servers, bounded: http or https only, never to loopback,
 * private, link-local or multicast addresses (unless
 * {@code cercle.federation.allow-private-addresses}), no redirect followed, a time limit
 * on connecting and on the whole answer, and at most {@code max-document} read.
 */
@Component
class RemoteFetch {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FederationSettings settings;

	private final HttpClient client;

	RemoteFetch(FederationSettings settings) {
		this.settings = settings;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** An ActivityStreams document. */
	JsonNode document(URI address) {
		checkAllowed(address);
		var request = HttpRequest.newBuilder(address)
			.timeout(settings.timeout())
			.header("Accept", ActivityDocuments.ACTIVITY_JSON + ", application/ld+json")
			.header("User-Agent", "Cercle (ActivityPub)")
			.GET()
			.build();
		var response = send(request);
		try (var body = response.body()) {
			if (response.statusCode() != 200) {
				throw new RemoteFailure(address.getHost() + " answered " + response.statusCode());
			}
			return JSON.readTree(bounded(body, settings.maxDocument().toBytes()));
		}
		catch (IOException | RuntimeException ex) {
			throw ex instanceof RemoteFailure failure ? failure
					: new RemoteFailure("unreadable document at " + address + ": " + ex.getMessage());
		}
	}

	/** Posts a signed activity; returns the status answered. */
	int post(URI inbox, Map<String, String> headers, byte[] body) {
		checkAllowed(inbox);
		var request = HttpRequest.newBuilder(inbox).timeout(settings.timeout());
		headers.forEach((name, value) -> {
			if (!"host".equals(name)) {
				request.header(name, value);
			}
		});
		request.header("User-Agent", "Cercle (ActivityPub)");
		var response = send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
		try (var ignored = response.body()) {
			return response.statusCode();
		}
		catch (IOException ex) {
			return response.statusCode();
		}
	}

	private HttpResponse<InputStream> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw new RemoteFailure(request.uri().getHost() + ": " + ex.getClass().getSimpleName() + " "
					+ String.valueOf(ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RemoteFailure("interrupted");
		}
	}

	/**
	 * Refuses an address Cercle must not reach: another scheme than http(s), or a host
	 * that resolves to this machine or a private network.
	 */
	void checkAllowed(URI address) {
		if (address.getScheme() == null || !address.getScheme().matches("https?") || address.getHost() == null) {
			throw new RemoteFailure("not an http(s) address: " + address);
		}
		if (settings.allowPrivateAddresses()) {
			return;
		}
		try {
			for (var resolved : InetAddress.getAllByName(address.getHost())) {
				if (privateAddress(resolved)) {
					throw new RemoteFailure("refused: " + address.getHost() + " is a local or private address");
				}
			}
		}
		catch (UnknownHostException ex) {
			throw new RemoteFailure("unknown host " + address.getHost());
		}
	}

	static boolean privateAddress(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
				|| address.isLinkLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		var bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
		}
		var first = bytes[0] & 0xff;
		var second = bytes[1] & 0xff;
		return first == 0 || (first == 100 && second >= 64 && second < 128) // shared
																			// 100.64/10
				|| (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) || first >= 240;
	}

	private static byte[] bounded(InputStream body, long max) throws IOException {
		var bytes = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE));
		if (bytes.length > max) {
			throw new RemoteFailure("document larger than " + max + " bytes");
		}
		return bytes;
	}

	/** Another server could not be reached, refused, or answered what cannot be used. */
	static final class RemoteFailure extends RuntimeException {

		RemoteFailure(String reason) {
			super(reason, null, false, false);
		}

	}

}
