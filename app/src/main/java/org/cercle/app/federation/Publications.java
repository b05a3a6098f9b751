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
import org.cercle.feed.ArticlePublished;
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
		articles.find(slug).ifPresent(article -> {
			var object = documents.article(article);
			var senders = new ArrayList<LocalActors.LocalActor>();
			locals.author(article.authorId()).ifPresent(senders::add);
			senders.add(locals.site());
			send(object, senders);
		});
	}

	@ApplicationModuleListener
	void on(EventPublished published) {
		events.find(published.slug()).ifPresent(event -> send(documents.event(event), List.of(locals.site())));
	}

	private void send(Map<String, Object> object, List<LocalActors.LocalActor> senders) {
		var type = firstTime(String.valueOf(object.get("id"))) ? "Create" : "Update";
		for (var sender : senders) {
			var inboxes = locals.followerInboxes(List.of(sender));
			if (inboxes.isEmpty()) {
				continue;
			}
			var activity = new LinkedHashMap<String, Object>();
			activity.put("@context", object.get("@context"));
			activity.put("id", object.get("id") + "#" + type.toLowerCase(java.util.Locale.ROOT) + "-"
					+ sender.key().replace(':', '-') + "-" + clock.millis());
			activity.put("type", type);
			activity.put("actor", sender.address());
			activity.put("published", clock.instant().toString());
			activity.put("to", List.of(ActivityDocuments.PUBLIC));
			activity.put("cc", List.of(sender.address() + "/followers"));
			var inner = new LinkedHashMap<>(object);
			inner.remove("@context");
			activity.put("object", inner);
			deliveries.queue(sender.signing(), activity, inboxes);
		}
		worker.wakeAfterCommit();
	}

	private boolean firstTime(String object) {
		return jdbc.sql("insert into app_federated_object (id, first_sent_at) values (:id, :at) on conflict do nothing")
			.param("id", object)
			.param("at", Timestamp.from(clock.instant()))
			.update() == 1;
	}

}
