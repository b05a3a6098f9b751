package org.cercle.events;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Events as other modules publish them elsewhere (the social web): any event but a draft.
 */
public interface PublicEvents {

	/** The event; empty for a draft or an unknown one. */
	Optional<PublicEvent> find(String slug);

	/** How many events are published (past, to come, or cancelled). */
	long count();

	/**
	 * An event.
	 *
	 * @param descriptionHtml its description, sanitised, as its page shows it
	 * @param placeName the venue's name, address and city, each possibly missing
	 * @param onlineUrl where to join online, if it happens online
	 * @param capacity its seats, {@code null} when not counted
	 */
	record PublicEvent(String slug, String title, String summary, String path, String descriptionHtml, Instant startsAt,
			Instant endsAt, @Nullable String placeName, @Nullable String placeAddress, @Nullable String placeCity,
			@Nullable String onlineUrl, @Nullable Integer capacity, boolean cancelled, Instant updatedAt) {
	}

}
