package org.cercle.events;

import java.time.Instant;

/** An organiser cancelled a published event, for the given reason. */
public record EventCancelled(EventId eventId, String slug, String title, String reason, Instant cancelledAt) {

	public String path() {
		return "/events/" + slug;
	}

}
