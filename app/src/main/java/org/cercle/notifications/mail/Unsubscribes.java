package org.cercle.notifications.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.cercle.community.MemberId;
import org.cercle.notifications.inbox.Kind;

/**
 * One-click unsubscribe links (RFC 8058): a token naming a member and a kind of e-mail,
 * signed with HMAC-SHA256 under a key made once and kept in the database, so every
 * instance checks every link and no sign-in is needed. A tampered token is refused.
 */
@Component
public class Unsubscribes {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final JdbcClient jdbc;

	private volatile byte[] key;

	Unsubscribes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The token of the link that stops that kind of e-mail for that member. */
	public String token(MemberId member, Kind kind) {
		var payload = member.value() + ":" + kind.name();
		return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + sign(payload);
	}

	/** Who and what a token stands for, when its signature is right. */
	public Optional<Subscription> read(String token) {
		var dot = token.indexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		try {
			var payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
			var expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
			if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
				return Optional.empty();
			}
			var parts = payload.split(":", 2);
			return Optional.of(new Subscription(new MemberId(UUID.fromString(parts[0])), Kind.valueOf(parts[1])));
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
			return Optional.empty();
		}
	}

	/** A member's e-mails of one kind. */
	public record Subscription(MemberId member, Kind kind) {
	}

	private String sign(String payload) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private byte[] key() {
		if (key == null) {
			var fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			jdbc.sql(
					"insert into notifications_signing_key (id, secret) values (1, :secret) on conflict (id) do nothing")
				.param("secret", ENCODER.encodeToString(fresh))
				.update();
			key = Base64.getUrlDecoder()
				.decode(jdbc.sql("select secret from notifications_signing_key where id = 1")
					.query(String.class)
					.single());
		}
		return key;
	}

}
