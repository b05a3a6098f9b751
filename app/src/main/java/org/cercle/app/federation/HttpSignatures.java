package org.cercle.app.federation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tomitribe.auth.signatures.PEM;
import org.tomitribe.auth.signatures.Signature;
import org.tomitribe.auth.signatures.Signer;
import org.tomitribe.auth.signatures.Verifier;

/**
 * HTTP Signatures as Mastodon speaks them (draft-cavage-http-signatures-12, RSA-SHA256,
 * with a SHA-256 {@code Digest} of the body), made and checked with Tomitribe's
 * implementation of the draft.
 */
final class HttpSignatures {

	static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	/** The headers every signed POST must cover. */
	static final List<String> SIGNED_POST = List.of("(request-target)", "host", "date", "digest");

	private HttpSignatures() {
	}

	/**
	 * The headers of a signed POST of {@code body} to {@code target}: Host, Date, Digest,
	 * Content-Type and Signature.
	 */
	static Map<String, String> signPost(URI target, byte[] body, String keyId, PrivateKey key, Instant now) {
		var headers = new LinkedHashMap<String, String>();
		headers.put("host", target.getRawAuthority());
		headers.put("date", HTTP_DATE.format(now));
		headers.put("digest", digest(body));
		headers.put("content-type", ActivityDocuments.ACTIVITY_JSON);
		var names = List.of("(request-target)", "host", "date", "digest", "content-type");
		try {
			var signed = new Signer(key, new Signature(keyId, "rsa-sha256", null, names)).sign("post",
					requestTarget(target), headers);
			headers.put("signature", signed.toString().substring("Signature ".length()));
			return headers;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not sign a request to " + target, ex);
		}
	}

	/** {@code SHA-256=<base64>} of the body. */
	static String digest(byte[] body) {
		try {
			return "SHA-256=" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** The signature a request carries, parsed; refused when it cannot be read. */
	static Signature parse(String header) {
		try {
			var signature = Signature.fromString(header.startsWith("Signature ") ? header : "Signature " + header);
			if (signature.getKeyId() == null || signature.getSignature() == null) {
				throw new SignatureRefusal("the signature has no keyId or no value");
			}
			return signature;
		}
		catch (RuntimeException unreadable) {
			throw unreadable instanceof SignatureRefusal refusal ? refusal
					: new SignatureRefusal("unreadable signature: " + unreadable.getMessage());
		}
	}

	/**
	 * Checks a request's signature against the sender's public key: the signed headers
	 * must include the request target, the host, the date and (for a body) its digest;
	 * the date must be within {@code window} of now; the digest must match the body.
	 * @param headers the request's headers, names in lower case
	 */
	static void verify(Signature signature, PublicKey key, String method, String target, Map<String, String> headers,
			byte[] body, Instant now, Duration window) {
		var covered = signature.getHeaders();
		for (var required : SIGNED_POST) {
			if (!covered.contains(required) && !("digest".equals(required) && "get".equalsIgnoreCase(method))) {
				throw new SignatureRefusal("the signature does not cover " + required);
			}
		}
		checkDate(headers.get("date"), now, window);
		if (body.length > 0 || headers.containsKey("digest")) {
			var digest = headers.get("digest");
			if (digest == null || !digestMatches(digest, body)) {
				throw new SignatureRefusal("the digest does not match the body");
			}
		}
		try {
			if (!new Verifier(key, signature).verify(method.toLowerCase(Locale.ROOT), target, headers)) {
				throw new SignatureRefusal("the signature does not match");
			}
		}
		catch (IOException | GeneralSecurityException | RuntimeException ex) {
			throw ex instanceof SignatureRefusal refusal ? refusal
					: new SignatureRefusal("the signature could not be checked: " + ex.getMessage());
		}
	}

	static PublicKey publicKey(String pem) {
		try {
			return PEM.readPublicKey(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (IOException | GeneralSecurityException | RuntimeException ex) {
			throw new SignatureRefusal("unreadable public key");
		}
	}

	static PrivateKey privateKey(String pem) {
		try {
			return PEM.readPrivateKey(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("An actor's stored private key cannot be read", ex);
		}
	}

	static String requestTarget(URI target) {
		var path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
		return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
	}

	private static void checkDate(String date, Instant now, Duration window) {
		if (date == null) {
			throw new SignatureRefusal("no Date header");
		}
		Instant sent;
		try {
			sent = DateTimeFormatter.RFC_1123_DATE_TIME.parse(date, Instant::from);
		}
		catch (DateTimeParseException ex) {
			throw new SignatureRefusal("unreadable Date header");
		}
		if (Duration.between(sent, now).abs().compareTo(window) > 0) {
			throw new SignatureRefusal("the Date header is outside the accepted window");
		}
	}

	private static boolean digestMatches(String header, byte[] body) {
		var expected = digest(body);
		for (var part : header.split(",")) {
			var value = part.strip();
			var equals = value.indexOf('=');
			if (equals > 0 && value.substring(0, equals).equalsIgnoreCase("SHA-256")) {
				return MessageDigest.isEqual(("SHA-256" + value.substring(equals)).getBytes(StandardCharsets.US_ASCII),
						expected.getBytes(StandardCharsets.US_ASCII));
			}
		}
		return false;
	}

	/** A request whose signature is refused (401). */
	static final class SignatureRefusal extends RuntimeException {

		SignatureRefusal(String reason) {
			super(reason, null, false, false);
		}

	}

}
