package org.cercle.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An event as other pages list it.
 *
 * @param path where the event's page lives
 * @param city the venue's city, or {@code null} for an online event
 */
public record EventSummary(EventId id, String title, String path, String summary, Instant startsAt,
		@Nullable String city, boolean cancelled) {
}
