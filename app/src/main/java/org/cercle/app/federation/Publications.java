package org.cercle.app.federation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.cercle.events.EventPublished;
import org.cercle.events.PublicEvents;
import org.cercle.community.MemberId;
import org.cercle.feed.ArticlePublished;
import org.cercle.feed.ArticleRevised;
import org.cercle.feed.ArticleWithdrawn;
import org.cercle.feed.PublishedArticles;

/**
 * Sends what is published to the followers, through the durable outbox (never inside the
 * request that published it): an article as a {@code Create} by its author to the
 * author's followers and by the site to the site's followers (Mastodon shows a
 * {@code Create} as a post, not an {@code Announce} alone), addressed to Public with the
 * followers in {@code cc}; an event as a {@code Create} by the site. An object sent
 * before goes again as an {@code Update}.
 */
@Component
class Publications {

	private final PublishedArticles articles;

	private final PublicEvents events;

	private final ActivityDocuments documents;

	private final LocalActors locals;

	private final Deliveries deliveries;

	private final DeliveryWorker worker;

	private final JdbcClient jdbc;

	private final Clock clock;

	Publications(PublishedArticles articles, PublicEvents events, ActivityDocuments documents, LocalActors locals,
			Deliveries deliveries, DeliveryWorker worker, JdbcClient jdbc, Clock clock) {
		this.articles = articles;
		this.events = events;
		this.documents = documents;
		this.locals = locals;
		this.deliveries = deliveries;
		this.worker = worker;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ArticlePublished published) {
		var slug = published.article().path().substring("/articles/".length());
		articles.find(slug).ifPresent(article -> send(documents.article(article), senders(article.authorId())));
	}

	@ApplicationModuleListener
	void on(ArticleRevised revised) {
		var slug = revised.article().path().substring("/articles/".length());
		articles.find(slug).ifPresent(article -> send(documents.article(article), senders(article.authorId())));
	}

	/**
	 * An archived article is deleted where it was sent: a {@code Tombstone} in its place.
	 */
	@ApplicationModuleListener
	void on(ArticleWithdrawn withdrawn) {
		var id = documents.base() + withdrawn.article().path();
		var forgotten = jdbc.sql("delete from app_federated_object where id = :id").param("id", id).update();
		if (forgotten == 0) {
			return;
		}
		for (var sender : senders(withdrawn.article().author())) {
			var inboxes = locals.followerInboxes(List.of(sender));
			if (!inboxes.isEmpty()) {
				var tombstone = Map.<String, Object>of("id", id, "type", "Tombstone", "formerType", "Article");
				deliveries.queue(sender.signing(), activity("Delete", sender, id, tombstone), inboxes);
			}
		}
		worker.wakeAfterCommit();
	}

	@ApplicationModuleListener
	void on(EventPublished published) {
		events.find(published.slug()).ifPresent(event -> send(documents.event(event), List.of(locals.site())));
	}

	/** An article's senders: its author (when still a member) and the site. */
	private List<LocalActors.LocalActor> senders(MemberId author) {
		var senders = new ArrayList<LocalActors.LocalActor>();
		locals.author(author).ifPresent(senders::add);
		senders.add(locals.site());
		return senders;
	}

	private void send(Map<String, Object> object, List<LocalActors.LocalActor> senders) {
		var id = String.valueOf(object.get("id"));
		var type = firstTime(id) ? "Create" : "Update";
		for (var sender : senders) {
			var inboxes = locals.followerInboxes(List.of(sender));
			if (!inboxes.isEmpty()) {
				var inner = new LinkedHashMap<>(object);
				inner.remove("@context");
				deliveries.queue(sender.signing(), activity(type, sender, id, inner), inboxes);
			}
		}
		worker.wakeAfterCommit();
	}

	private Map<String, Object> activity(String type, LocalActors.LocalActor sender, String id, Object object) {
		var activity = new LinkedHashMap<String, Object>();
		activity.put("@context", ActivityDocuments.CONTEXT);
		activity.put("id", id + "#" + type.toLowerCase(java.util.Locale.ROOT) + "-" + sender.key().replace(':', '-')
				+ "-" + clock.millis());
		activity.put("type", type);
		activity.put("actor", sender.address());
		activity.put("published", clock.instant().toString());
		activity.put("to", List.of(ActivityDocuments.PUBLIC));
		activity.put("cc", List.of(sender.address() + "/followers"));
		activity.put("object", object);
		return activity;
	}

	private boolean firstTime(String object) {
		return jdbc.sql("insert into app_federated_object (id, first_sent_at) values (:id, :at) on conflict do nothing")
			.param("id", object)
			.param("at", Timestamp.from(clock.instant()))
			.update() == 1;
	}

}
