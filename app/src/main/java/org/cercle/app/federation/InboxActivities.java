package org.cercle.app.federation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.app.federation.RemoteActors.RemoteActor;

/**
 * What a verified activity does here: {@code Follow} of a local actor is stored and
 * accepted at once (public actors), {@code Undo} of it removes it, {@code Delete} of an
 * actor forgets its follows; replies and reactions go to {@link RemoteReplies}. An
 * activity already received (by id) does nothing again; others are ignored.
 */
@Component
class InboxActivities {

	private static final Logger log = LoggerFactory.getLogger(InboxActivities.class);

	private final JdbcClient jdbc;

	private final LocalActors locals;

	private final Deliveries deliveries;

	private final DeliveryWorker worker;

	private final RemoteReplies replies;

	private final Clock clock;

	InboxActivities(JdbcClient jdbc, LocalActors locals, Deliveries deliveries, DeliveryWorker worker,
			RemoteReplies replies, Clock clock) {
		this.jdbc = jdbc;
		this.locals = locals;
		this.deliveries = deliveries;
		this.worker = worker;
		this.replies = replies;
		this.clock = clock;
	}

	@Transactional
	void handle(RemoteActor sender, JsonNode activity) {
		if (!firstTime(activity.path("id").asString())) {
			return;
		}
		var object = activity.path("object");
		switch (activity.path("type").asString()) {
			case "Follow" -> follow(sender, activity);
			case "Undo" -> undo(sender, object);
			case "Delete" -> {
				if (id(object).equals(sender.id())) {
					jdbc.sql("delete from app_follower where follower = :id").param("id", sender.id()).update();
				}
				else {
					replies.deleted(sender, id(object));
				}
			}
			case "Create" -> replies.created(sender, object);
			case "Update" -> replies.updated(sender, object);
			case "Like", "Announce" -> replies.reacted(sender, activity.path("type").asString(), id(object));
			default -> log.debug("ActivityPub inbox: {} ignored", activity.path("type").asString());
		}
	}

	private void follow(RemoteActor sender, JsonNode follow) {
		var followed = locals.byAddress(id(follow.path("object")));
		if (followed.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						insert into app_follower (actor, follower, follow_id, created_at) values (:actor, :follower, :follow, :at)
						on conflict (actor, follower) do update set follow_id = excluded.follow_id""")
			.param("actor", followed.get().key())
			.param("follower", sender.id())
			.param("follow", follow.path("id").asString())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		var accept = new LinkedHashMap<String, Object>();
		accept.put("@context", "https://www.w3.org/ns/activitystreams");
		accept.put("id", followed.get().address() + "#accepts/" + UUID.randomUUID());
		accept.put("type", "Accept");
		accept.put("actor", followed.get().address());
		accept.put("object", follow);
		accept.put("to", List.of(sender.id()));
		deliveries.queue(followed.get().signing(), accept, List.of(sender.inbox()));
		worker.wakeAfterCommit();
	}

	private void undo(RemoteActor sender, JsonNode object) {
		if (object.isObject() && !"Follow".equals(object.path("type").asString())) {
			replies.undone(sender, object.path("type").asString(), id(object.path("object")));
			return;
		}
		jdbc.sql("delete from app_follower where follower = :follower and (follow_id = :follow or actor = :actor)")
			.param("follower", sender.id())
			.param("follow", id(object))
			.param("actor", locals.byAddress(id(object.path("object"))).map(LocalActors.LocalActor::key).orElse(""))
			.update();
	}

	private boolean firstTime(String id) {
		return jdbc.sql("insert into app_received_activity (id, received_at) values (:id, :at) on conflict do nothing")
			.param("id", id)
			.param("at", Timestamp.from(clock.instant()))
			.update() == 1;
	}

	/** An object's address, whether it is given alone or embedded. */
	static String id(JsonNode object) {
		return object.isString() ? object.asString() : object.path("id").asString("");
	}

}
