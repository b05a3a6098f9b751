package org.cercle.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.cercle.community.MemberId;
import org.cercle.events.event.AgendaItem;
import org.cercle.events.event.Event;
import org.cercle.events.event.EventDetails;
import org.cercle.events.event.Events;
import org.cercle.events.event.Speaker;
import org.cercle.events.event.Venue;

/** Creates events for tests, each with a unique slug. */
@Component
public class TestEvents {

	public static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

	private final Events events;

	private final TransactionTemplate transactions;

	private final org.springframework.context.ApplicationEventPublisher publisher;

	TestEvents(Events events, TransactionTemplate transactions,
			org.springframework.context.ApplicationEventPublisher publisher) {
		this.events = events;
		this.publisher = publisher;
		this.transactions = org.cercle.testsupport.AppTransactions.of(transactions, TestEvents.class);
	}

	public static EventDetails details(String title, LocalDateTime genevaStart, Integer capacity) {
		var starts = genevaStart.atZone(GENEVA).toInstant();
		return new EventDetails(title, "Résumé de « " + title + " », avec virgules, points-virgules; et accents.",
				"Une description **Markdown**.", "Matinées E2.0", 7, starts, starts.plusSeconds(9000),
				new Venue("Espace Cercle", "rue du Rhône 12", "Genève", null), capacity, null, null,
				List.of(new Speaker("Claude Marchand", "Animateur", "Cercle")),
				List.of(new AgendaItem("08:00", "Accueil")));
	}

	/** A published event starting at the given Geneva time. */
	public Event published(String title, LocalDateTime genevaStart, Integer capacity) {
		return transactions.execute(status -> {
			var event = new Event(slug(title), details(title, genevaStart, capacity), new MemberId(UUID.randomUUID()),
					Instant.now());
			event.publish(Instant.now());
			return events.save(event);
		});
	}

	/**
	 * A published event whose publication is told to the other modules, as the
	 * organiser's « Publier » does.
	 */
	public Event publishedAndAnnounced(String title, LocalDateTime genevaStart, Integer capacity) {
		return transactions.execute(status -> {
			var event = new Event(slug(title), details(title, genevaStart, capacity), new MemberId(UUID.randomUUID()),
					Instant.now());
			publisher.publishEvent(event.publish(Instant.now()));
			return events.save(event);
		});
	}

	public Event draft(String title, LocalDateTime genevaStart) {
		return transactions.execute(status -> events.save(new Event(slug(title), details(title, genevaStart, null),
				new MemberId(UUID.randomUUID()), Instant.now())));
	}

	public Event cancel(Event event, String reason) {
		return transactions.execute(status -> {
			var found = events.findById(event.id()).orElseThrow();
			found.cancel(reason, Instant.now());
			return found;
		});
	}

	private static String slug(String title) {
		return org.cercle.shared.Slugs.of(title) + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

}
