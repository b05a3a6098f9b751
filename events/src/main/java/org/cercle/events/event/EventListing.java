package org.cercle.events.event;

import java.time.Instant;

/** An event as the organisers' pages list and head it. */
public record EventListing(java.util.UUID id, String slug, String title, Instant startsAt, Event.Status status,
		@org.jspecify.annotations.Nullable Integer capacity) {

	static EventListing of(Event event) {
		return new EventListing(event.id(), event.slug(), event.title(), event.startsAt(), event.status(),
				event.capacity());
	}

}
