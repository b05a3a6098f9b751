package org.cercle.app.federation;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each actor's RSA 2048 key pair, made the first time the actor is asked for and kept in
 * PostgreSQL (every instance signs with the same key); the public half is published in
 * the actor's document as PEM.
 */
@Component
class ActorKeys {

	static final int BITS = 2048;

	private final JdbcClient jdbc;

	private final Clock clock;

	ActorKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The actor's public key as PEM ("-----BEGIN PUBLIC KEY-----"). */
	@Transactional
	String publicPem(String actor) {
		var existing = jdbc.sql("select public_pem from app_actor_key where actor = :actor")
			.param("actor", actor)
			.query(String.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		var pair = generated();
		// two instances may make one at the same moment: the first one kept wins
		jdbc.sql(
				"""
						insert into app_actor_key (actor, public_pem, private_pem, created_at) values (:actor, :public, :private, :at)
						on conflict (actor) do nothing""")
			.param("actor", actor)
			.param("public", pem("PUBLIC KEY", pair.getPublic().getEncoded()))
			.param("private", pem("PRIVATE KEY", pair.getPrivate().getEncoded()))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return jdbc.sql("select public_pem from app_actor_key where actor = :actor")
			.param("actor", actor)
			.query(String.class)
			.single();
	}

	/** The actors that have keys: {@code site} and {@code member:<uuid>}. */
	java.util.List<String> actors() {
		return jdbc.sql("select actor from app_actor_key order by actor").query(String.class).list();
	}

	/**
	 * Replaces the actor's key pair (an admin's decision, e.g. after a leak): the old one
	 * no longer signs anything; other servers fetch the new one when a signature fails
	 * with the one they kept, or when told by an {@code Update} of the actor.
	 */
	@Transactional
	void rotate(String actor) {
		jdbc.sql("delete from app_actor_key where actor = :actor").param("actor", actor).update();
		publicPem(actor);
	}

	/** The actor's private key, made with its public key when it has none yet. */
	@Transactional
	PrivateKey privateKey(String actor) {
		publicPem(actor);
		return HttpSignatures.privateKey(jdbc.sql("select private_pem from app_actor_key where actor = :actor")
			.param("actor", actor)
			.query(String.class)
			.single());
	}

	private static java.security.KeyPair generated() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(BITS);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException missing) {
			throw new IllegalStateException("RSA is part of every Java runtime", missing);
		}
	}

	static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

}
