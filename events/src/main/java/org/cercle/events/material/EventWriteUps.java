package org.cercle.events.material;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.events.WriteUpArticles;
import org.cercle.events.WriteUpChosen;
import org.cercle.events.event.Event;
import org.cercle.shared.Refusal.Kind;

/**
 * An event's write-up: one published article, chosen by the organiser among the newest or
 * by its address, shown first among the materials; its page links back to the event.
 */
@Service
@Transactional
public class EventWriteUps {

	/** How many recent articles the organiser chooses from. */
	public static final int CHOICES = 50;

	private final JdbcClient jdbc;

	private final WriteUpArticles articles;

	private final MaterialNews news;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EventWriteUps(JdbcClient jdbc, WriteUpArticles articles, MaterialNews news, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.news = news;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<WriteUpArticles.Article> choices() {
		return articles.recent(CHOICES);
	}

	public void choose(Event event, String addressOrSlug) {
		var article = articles.find(addressOrSlug.strip())
			.orElseThrow(() -> new MaterialRefused(Kind.INVALID, "events.write-up.unknown"));
		var first = news.none(event.id());
		jdbc.sql("""
				insert into events_write_up (event_id, article_id, title, path, chosen_at)
				values (:event, :article, :title, :path, :at)
				on conflict (event_id) do update set article_id = excluded.article_id, title = excluded.title,
				    path = excluded.path, chosen_at = excluded.chosen_at""")
			.param("event", event.id())
			.param("article", article.id())
			.param("title", article.title())
			.param("path", article.path())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new WriteUpChosen(event.eventId(), article.id(), event.title(), "/events/" + event.slug()));
		if (first) {
			news.firstAdded(event);
		}
	}

	public void remove(Event event) {
		var removed = jdbc.sql("delete from events_write_up where event_id = :event")
			.param("event", event.id())
			.update();
		if (removed > 0) {
			events.publishEvent(new WriteUpChosen(event.eventId(), null, event.title(), "/events/" + event.slug()));
		}
	}

}
