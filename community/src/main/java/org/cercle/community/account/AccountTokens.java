package org.cercle.community.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.cercle.shared.Refusal.Kind;

/**
 * The single-use links sent by e-mail: a random 256-bit token goes in the link, only its
 * SHA-256 hash is stored. A token is used at most once, and only before it expires; an
 * unknown token is refused as invalid (400), a used or expired one as gone (410).
 */
@Component
class AccountTokens {

	enum Purpose {

		VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL

	}

	/**
	 * What a valid token is for: the member, and for an address change the new address.
	 */
	record Valid(UUID memberId, @Nullable String newEmail) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new token for the member; returns the token itself, which is stored nowhere. */
	String issue(UUID member, Purpose purpose, @Nullable String newEmail, Duration validity) {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var now = clock.instant();
		jdbc.sql(
				"""
						insert into community_account_token (id, member_id, purpose, token_hash, new_email, created_at, expires_at)
						values (:id, :member, :purpose, :hash, :email, :now, :expires)""")
			.param("id", UUID.randomUUID())
			.param("member", member)
			.param("purpose", purpose.name())
			.param("hash", hash(token))
			.param("email", newEmail)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(validity)))
			.update();
		return token;
	}

	/** What the token is for, without using it; refused when unknown, used or expired. */
	Valid check(Purpose purpose, String token) {
		return jdbc.sql("""
				select member_id, new_email from community_account_token
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new Valid(rs.getObject("member_id", UUID.class), rs.getString("new_email")))
			.optional()
			.orElseThrow(() -> refusal(purpose, token));
	}

	/** Uses the token, once: a second use, even a concurrent one, is refused. */
	Valid use(Purpose purpose, String token) {
		return jdbc.sql("""
				update community_account_token set used_at = :now
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				returning member_id, new_email""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new Valid(rs.getObject("member_id", UUID.class), rs.getString("new_email")))
			.optional()
			.orElseThrow(() -> refusal(purpose, token));
	}

	/** How many tokens of that purpose the member was sent since then. */
	long issuedSince(UUID member, Purpose purpose, Instant since) {
		return jdbc.sql("""
				select count(*) from community_account_token
				where member_id = :member and purpose = :purpose and created_at > :since""")
			.param("member", member)
			.param("purpose", purpose.name())
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	/** Every link still open for the member and that purpose stops working. */
	void revoke(UUID member, Purpose purpose) {
		jdbc.sql("""
				update community_account_token set used_at = :now
				where member_id = :member and purpose = :purpose and used_at is null""")
			.param("member", member)
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	private AccountRefused refusal(Purpose purpose, String token) {
		var known = jdbc
			.sql("select count(*) from community_account_token where token_hash = :hash and purpose = :purpose")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.query(Long.class)
			.single() > 0;
		var prefix = "community.token." + purpose.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		return known ? new AccountRefused(Kind.GONE, prefix + ".gone")
				: new AccountRefused(Kind.INVALID, prefix + ".invalid");
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
