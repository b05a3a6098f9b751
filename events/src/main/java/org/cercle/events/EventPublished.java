package org.cercle.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.cercle.community.CircleId;

/**
 * An organiser published an event, or updated a published one. Listeners turn it into an
 * announcement; it carries what an announcement shows, so they need not ask back.
 */
public record EventPublished(EventId eventId, String slug, String title, String summary, Instant startsAt,
		Instant publishedAt, int sequence, @Nullable CircleId circle) {

	/**
	 * An announcement made before the event's sequence was carried: a first publication.
	 */
	public EventPublished(EventId eventId, String slug, String title, String summary, Instant startsAt,
			Instant publishedAt) {
		this(eventId, slug, title, summary, startsAt, publishedAt, 0, null);
	}

	/**
	 * Whether this is a change of an event already published (calendars get a higher
	 * SEQUENCE).
	 */
	public boolean change() {
		return sequence > 0;
	}

	public String path() {
		return "/events/" + slug;
	}

}
