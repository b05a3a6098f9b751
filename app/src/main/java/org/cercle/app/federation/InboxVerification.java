package org.cercle.app.federation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.app.federation.HttpSignatures.SignatureRefusal;
import org.cercle.app.federation.RemoteActors.RemoteActor;

/**
 * Who sent an activity to an inbox, proved: a draft-cavage signature covering the request
 * target, host, date and digest, a date within the window, a digest matching the body, a
 * key fetched from its owner (again once if the kept one fails: keys are rotated), an
 * owner that is the activity's actor, a signature never seen before (replays are
 * refused), a server and an account not blocked, and a domain within its rate limit.
 */
@Component
class InboxVerification {

	private final RemoteActors actors;

	private final FederationSettings settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Cache<String, Bucket> perDomain = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	InboxVerification(RemoteActors actors, FederationSettings settings, JdbcClient jdbc, Clock clock) {
		this.actors = actors;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The remote actor who signed this request.
	 * @param headers the request's headers, names in lower case
	 * @param activityActor the {@code actor} the activity names
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	RemoteActor sender(String method, String target, Map<String, String> headers, byte[] body, String activityActor) {
		var header = headers.get("signature");
		if (header == null) {
			throw new SignatureRefusal("the request is not signed");
		}
		var signature = HttpSignatures.parse(header);
		var domain = host(signature.getKeyId());
		if (blocked(domain, activityActor)) {
			throw new Blocked();
		}
		if (!perDomain.get(domain, this::bucket).tryConsume(1)) {
			throw new TooMany();
		}
		var now = clock.instant();
		RemoteActor sender;
		try {
			sender = actors.byKey(signature.getKeyId(), false);
			try {
				HttpSignatures.verify(signature, HttpSignatures.publicKey(sender.publicPem()), method, target, headers,
						body, now, settings.dateWindow());
			}
			catch (SignatureRefusal stale) {
				sender = actors.byKey(signature.getKeyId(), true);
				HttpSignatures.verify(signature, HttpSignatures.publicKey(sender.publicPem()), method, target, headers,
						body, now, settings.dateWindow());
			}
		}
		catch (RemoteFetch.RemoteFailure failure) {
			throw new SignatureRefusal("the key could not be fetched: " + failure.getMessage());
		}
		if (!sender.id().equals(activityActor)) {
			throw new SignatureRefusal("the key's owner " + sender.id() + " is not the activity's actor");
		}
		firstSight(header, now);
		return sender;
	}

	private void firstSight(String signature, java.time.Instant now) {
		jdbc.sql("delete from app_seen_signature where seen_at < :before")
			.param("before", Timestamp.from(now.minus(settings.dateWindow().multipliedBy(2))))
			.update();
		var inserted = jdbc
			.sql("insert into app_seen_signature (digest, seen_at) values (:digest, :at) on conflict do nothing")
			.param("digest", sha256(signature))
			.param("at", Timestamp.from(now))
			.update();
		if (inserted == 0) {
			throw new SignatureRefusal("this signed request was already received (replay)");
		}
	}

	private boolean blocked(String domain, String actor) {
		return jdbc.sql("""
				select exists (select 1 from app_remote_server where domain = :domain and policy = 'BLOCKED')
				    or exists (select 1 from app_remote_blocked_actor where id = :actor)""")
			.param("domain", domain)
			.param("actor", actor)
			.query(Boolean.class)
			.single();
	}

	private Bucket bucket(String domain) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(settings.perDomainPerMinute())
				.refillGreedy(settings.perDomainPerMinute(), Duration.ofMinutes(1))
				.build())
			.build();
	}

	private static String host(String keyId) {
		try {
			var host = URI.create(keyId).getHost();
			if (host == null) {
				throw new SignatureRefusal("the keyId is not an address");
			}
			return host.toLowerCase(java.util.Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw new SignatureRefusal("the keyId is not an address");
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The sender's server or account is blocked here (403). */
	static final class Blocked extends RuntimeException {

		Blocked() {
			super("blocked", null, false, false);
		}

	}

	/** The sender's domain sent too much this minute (429). */
	static final class TooMany extends RuntimeException {

		TooMany() {
			super("too many", null, false, false);
		}

	}

}
