package org.cercle.events;

import java.time.Instant;

/**
 * An organiser published an event, or updated a published one. Listeners turn it into an
 * announcement; it carries what an announcement shows, so they need not ask back.
 */
public record EventPublished(EventId eventId, String slug, String title, String summary, Instant startsAt,
		Instant publishedAt) {
}
