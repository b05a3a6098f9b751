package org.cercle.events.event;

import java.time.Instant;

/** An event as the organisers' pages list and head it. */
public record EventListing(String slug, String title, Instant startsAt, Event.Status status) {

	static EventListing of(Event event) {
		return new EventListing(event.slug(), event.title(), event.startsAt(), event.status());
	}

}
