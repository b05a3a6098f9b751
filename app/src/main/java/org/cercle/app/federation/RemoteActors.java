package org.cercle.app.federation;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remote actors as their servers describe them (inbox, shared inbox, public key, name,
 * picture), fetched through {@link RemoteFetch} and kept in {@code app_remote_actor} for
 * {@code cercle.federation.refresh-actors}; a key that no longer verifies makes the
 * caller fetch the actor again.
 */
@Component
class RemoteActors {

	private final JdbcClient jdbc;

	private final RemoteFetch fetch;

	private final FederationSettings settings;

	private final Clock clock;

	RemoteActors(JdbcClient jdbc, RemoteFetch fetch, FederationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.fetch = fetch;
		this.settings = settings;
		this.clock = clock;
	}

	/** A remote actor, fetched again when kept too long or when {@code fresh}. */
	RemoteActor get(String id, boolean fresh) {
		if (!fresh) {
			var kept = kept("id", id);
			if (kept.isPresent()) {
				return kept.get();
			}
		}
		return store(read(fetch.document(URI.create(id)), id));
	}

	/** The actor a key belongs to, fetched when not known yet (or {@code fresh}). */
	RemoteActor byKey(String keyId, boolean fresh) {
		if (!fresh) {
			var kept = kept("key_id", keyId);
			if (kept.isPresent()) {
				return kept.get();
			}
		}
		var document = fetch.document(withoutFragment(keyId));
		if (document.has("inbox")) {
			return store(read(document, document.path("id").asString("")));
		}
		var owner = document.path("owner").asString("");
		if (owner.isEmpty()) {
			throw new RemoteFetch.RemoteFailure("the key " + keyId + " names no owner");
		}
		return get(owner, true);
	}

	Optional<RemoteActor> known(String id) {
		return kept("id", id);
	}

	private Optional<RemoteActor> kept(String column, String value) {
		var freshSince = Timestamp.from(clock.instant().minus(settings.refreshActors()));
		return jdbc.sql("select * from app_remote_actor where " + column + " = :value and fetched_at > :since")
			.param("value", value)
			.param("since", freshSince)
			.query((rs, row) -> new RemoteActor(rs.getString("id"), rs.getString("key_id"), rs.getString("public_pem"),
					rs.getString("inbox"), rs.getString("shared_inbox"), rs.getString("preferred_username"),
					rs.getString("name"), rs.getString("url"), rs.getString("icon")))
			.optional();
	}

	private static RemoteActor read(JsonNode actor, String expectedId) {
		var id = actor.path("id").asString("");
		if (id.isEmpty() || !id.equals(expectedId)) {
			throw new RemoteFetch.RemoteFailure("the document at " + expectedId + " is another actor: " + id);
		}
		var key = actor.path("publicKey");
		if (key.isArray()) {
			key = key.path(0);
		}
		var pem = key.path("publicKeyPem").asString("");
		var inbox = actor.path("inbox").asString("");
		if (pem.isEmpty() || inbox.isEmpty() || !key.path("owner").asString(id).equals(id)) {
			throw new RemoteFetch.RemoteFailure("the actor " + id + " has no usable key or inbox");
		}
		sameHost(id, inbox);
		var shared = text(actor.path("endpoints").path("sharedInbox"));
		var icon = actor.path("icon");
		return new RemoteActor(id, key.path("id").asString(id + "#main-key"), pem, inbox, shared,
				text(actor.path("preferredUsername")), text(actor.path("name")), url(actor.path("url")),
				url(icon.isArray() ? icon.path(0).path("url") : icon.path("url")));
	}

	private RemoteActor store(RemoteActor actor) {
		jdbc.sql(
				"""
						insert into app_remote_actor (id, key_id, public_pem, inbox, shared_inbox, preferred_username, name, url, icon, fetched_at)
						values (:id, :key, :pem, :inbox, :shared, :username, :name, :url, :icon, :at)
						on conflict (id) do update set key_id = excluded.key_id, public_pem = excluded.public_pem,
						    inbox = excluded.inbox, shared_inbox = excluded.shared_inbox,
						    preferred_username = excluded.preferred_username, name = excluded.name, url = excluded.url,
						    icon = excluded.icon, fetched_at = excluded.fetched_at""")
			.param("id", actor.id())
			.param("key", actor.keyId())
			.param("pem", actor.publicPem())
			.param("inbox", actor.inbox())
			.param("shared", actor.sharedInbox())
			.param("username", actor.preferredUsername())
			.param("name", actor.name())
			.param("url", actor.url())
			.param("icon", actor.icon())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return actor;
	}

	static void sameHost(String actor, String other) {
		if (!URI.create(actor).getHost().equalsIgnoreCase(URI.create(other).getHost())) {
			throw new RemoteFetch.RemoteFailure(other + " is not on the host of " + actor);
		}
	}

	private static URI withoutFragment(String address) {
		var hash = address.indexOf('#');
		return URI.create(hash < 0 ? address : address.substring(0, hash));
	}

	private static @Nullable String text(JsonNode node) {
		return node.isString() && !node.asString().isBlank() ? node.asString() : null;
	}

	private static @Nullable String url(JsonNode node) {
		if (node.isObject()) {
			return text(node.path("href"));
		}
		return text(node);
	}

	/** A remote actor as Cercle keeps it. */
	record RemoteActor(String id, String keyId, String publicPem, String inbox, @Nullable String sharedInbox,
			@Nullable String preferredUsername, @Nullable String name, @Nullable String url, @Nullable String icon) {

		/** The inbox deliveries go to: the shared one when the server has one. */
		String deliveryInbox() {
			return sharedInbox != null ? sharedInbox : inbox;
		}

		String displayName() {
			return name != null ? name : preferredUsername != null ? preferredUsername : id;
		}

	}

}
