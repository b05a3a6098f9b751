package org.cercle.app.federation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.cercle.app.federation.HttpSignatures.SignatureRefusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cercle's HTTP Signatures against the fixed test values of draft-cavage-http-signatures
 * (appendix C: its key, its request, its signatures), and against its own signing.
 */
class HttpSignaturesTests {

	static final String DRAFT_PUBLIC_KEY = """
			-----BEGIN PUBLIC KEY-----
			MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDCFENGw33yGihy92pDjZQhl0C3
			6rPJj+CvfSC8+q28hxA161QFNUd13wuCTUcq0Qd2qsBe/2hFyc2DCJJg0h1L78+6
			Z4UMR7EOcpfdUE9Hf3m/hs+FUR45uBJeDK1HSFHD8bHKD6kv8FPGfJTotc+2xjJw
			oYi+1hqp1fIekaxsyQIDAQAB
			-----END PUBLIC KEY-----
			""";

	static final String DRAFT_BODY = "{\"hello\": \"world\"}";

	static final Instant DRAFT_DATE = Instant.parse("2014-01-05T21:31:40Z");

	static final String ALL_HEADERS = "keyId=\"Test\",algorithm=\"rsa-sha256\","
			+ "headers=\"(request-target) host date content-type digest content-length\","
			+ "signature=\"vSdrb+dS3EceC9bcwHSo4MlyKS59iFIrhgYkz8+oVLEEzmYZZvRs8rgOp+63LEM3v+MFHB32NfpB2bEKBIvB1q52LaEUHFv120V01IL+TAD48XaERZFukWgHoBTLMhYS2Gb51gWxpeIq8knRmPnYePbF5MOkR0Zkly4zKH7s1dE=\"";

	static final String DEFAULT_TEST = "keyId=\"Test\",algorithm=\"rsa-sha256\","
			+ "signature=\"SjWJWbWN7i0wzBvtPl8rbASWz5xQW6mcJmn+ibttBqtifLN7Sazz6m79cNfwwb8DMJ5cou1s7uEGKKCs+FLEEaDV5lp7q25WqS+lavg7T8hc0GppauB6hbgEKTwblDHYGEtbGmtdHgVCk9SuS13F0hZ8FD0k/5OxEPXe5WozsbM=\"";

	private static Map<String, String> draftHeaders() {
		var headers = new LinkedHashMap<String, String>();
		headers.put("host", "example.com");
		headers.put("date", "Sun, 05 Jan 2014 21:31:40 GMT");
		headers.put("content-type", "application/json");
		headers.put("digest", "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=");
		headers.put("content-length", "18");
		return headers;
	}

	private static void verify(String signature, Map<String, String> headers, String body, Instant now) {
		HttpSignatures.verify(HttpSignatures.parse(signature), HttpSignatures.publicKey(DRAFT_PUBLIC_KEY), "POST",
				"/foo?param=value&pet=dog", headers, body.getBytes(StandardCharsets.UTF_8), now, Duration.ofHours(1));
	}

	@Test
	void theDraftsAllHeadersTestVerifies() {
		assertThat(HttpSignatures.digest(DRAFT_BODY.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=");
		assertThatCode(() -> verify(ALL_HEADERS, draftHeaders(), DRAFT_BODY, DRAFT_DATE)).doesNotThrowAnyException();
	}

	@Test
	void theDraftsRequestChangedInAnySignedPartIsRefused() {
		var otherHost = draftHeaders();
		otherHost.put("host", "example.org");
		assertThatThrownBy(() -> verify(ALL_HEADERS, otherHost, DRAFT_BODY, DRAFT_DATE))
			.isInstanceOf(SignatureRefusal.class);
		assertThatThrownBy(() -> verify(ALL_HEADERS, draftHeaders(), "{\"hello\": \"monde\"}", DRAFT_DATE))
			.isInstanceOf(SignatureRefusal.class)
			.hasMessageContaining("digest");
		assertThatThrownBy(() -> HttpSignatures.verify(HttpSignatures.parse(ALL_HEADERS),
				HttpSignatures.publicKey(DRAFT_PUBLIC_KEY), "POST", "/foo?param=value&pet=cat", draftHeaders(),
				DRAFT_BODY.getBytes(StandardCharsets.UTF_8), DRAFT_DATE, Duration.ofHours(1)))
			.isInstanceOf(SignatureRefusal.class);
	}

	@Test
	void theDraftsSignatureIsRefusedOutsideTheDateWindow() {
		assertThatThrownBy(() -> verify(ALL_HEADERS, draftHeaders(), DRAFT_BODY, DRAFT_DATE.plus(Duration.ofHours(2))))
			.isInstanceOf(SignatureRefusal.class)
			.hasMessageContaining("window");
	}

	@Test
	void theDraftsDefaultTestIsValidButCoversTooLittleForAnInbox() {
		// only the date is signed: anyone could replay it to another address with another
		// body
		assertThatThrownBy(() -> verify(DEFAULT_TEST, draftHeaders(), DRAFT_BODY, DRAFT_DATE))
			.isInstanceOf(SignatureRefusal.class)
			.hasMessageContaining("does not cover (request-target)");
	}

	@Test
	void aPostSignedByCercleVerifiesWithItsPublicKeyOnly() throws Exception {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var pair = generator.generateKeyPair();
		var other = generator.generateKeyPair();
		var body = "{\"type\":\"Follow\"}".getBytes(StandardCharsets.UTF_8);
		var now = Instant.parse("2026-12-01T10:00:00Z");
		var headers = HttpSignatures.signPost(URI.create("https://pair.example/inbox"), body,
				"https://cercle.example/ap/site#main-key", pair.getPrivate(), now);
		assertThat(headers.get("date")).isEqualTo("Tue, 01 Dec 2026 10:00:00 GMT");
		assertThat(headers.get("signature")).contains("headers=\"(request-target) host date digest content-type\"");
		var signature = HttpSignatures.parse(headers.get("signature"));
		assertThat(signature.getKeyId()).isEqualTo("https://cercle.example/ap/site#main-key");
		assertThatCode(() -> HttpSignatures.verify(signature, pair.getPublic(), "POST", "/inbox", headers, body, now,
				Duration.ofMinutes(5)))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> HttpSignatures.verify(signature, other.getPublic(), "POST", "/inbox", headers, body,
				now, Duration.ofMinutes(5)))
			.isInstanceOf(SignatureRefusal.class);
	}

	@Test
	void anUnreadableSignatureIsRefused() {
		assertThatThrownBy(() -> HttpSignatures.parse("n'importe quoi")).isInstanceOf(SignatureRefusal.class);
		assertThatThrownBy(() -> HttpSignatures.publicKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
			.isInstanceOf(SignatureRefusal.class);
	}

}
