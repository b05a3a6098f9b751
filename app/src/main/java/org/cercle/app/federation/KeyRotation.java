package org.cercle.app.federation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.AuditTrail;
import org.cercle.community.MemberDirectory;
import org.cercle.community.MemberId;

/**
 * An admin renews every actor's key pair at once; each actor then tells its followers
 * with an {@code Update} of itself (signed with the new key), as Mastodon does, so that
 * they fetch the new key.
 */
@Component
class KeyRotation {

	private final ActorKeys keys;

	private final Actors actors;

	private final LocalActors locals;

	private final MemberDirectory members;

	private final Deliveries deliveries;

	private final DeliveryWorker worker;

	private final AuditTrail audit;

	private final Clock clock;

	KeyRotation(ActorKeys keys, Actors actors, LocalActors locals, MemberDirectory members, Deliveries deliveries,
			DeliveryWorker worker, AuditTrail audit, Clock clock) {
		this.keys = keys;
		this.actors = actors;
		this.locals = locals;
		this.members = members;
		this.deliveries = deliveries;
		this.worker = worker;
		this.audit = audit;
		this.clock = clock;
	}

	/** Renews the keys; returns how many actors got a new one. */
	@Transactional
	int rotateAll(UUID admin) {
		var rotated = 0;
		for (var actor : keys.actors()) {
			keys.rotate(actor);
			rotated++;
			if ("site".equals(actor)) {
				announce(locals.site(), actors.siteDocument());
				continue;
			}
			LocalActors.memberOf(actor)
				.flatMap(members::findById)
				.filter(found -> !found.deleted())
				.ifPresent(found -> announce(locals.member(found), actors.memberDocument(found)));
		}
		audit.record(new MemberId(admin), "FEDERATION_KEYS_ROTATED", null, String.valueOf(rotated));
		worker.wakeAfterCommit();
		return rotated;
	}

	private void announce(LocalActors.LocalActor actor, java.util.Map<String, Object> document) {
		var inboxes = locals.followerInboxes(List.of(actor));
		if (inboxes.isEmpty()) {
			return;
		}
		var update = new LinkedHashMap<String, Object>();
		update.put("@context", ActivityDocuments.CONTEXT);
		update.put("id", actor.address() + "#updates/" + clock.millis());
		update.put("type", "Update");
		update.put("actor", actor.address());
		update.put("to", List.of(ActivityDocuments.PUBLIC));
		var object = new LinkedHashMap<>(document);
		object.remove("@context");
		update.put("object", object);
		deliveries.queue(actor.signing(), update, inboxes);
	}

}
