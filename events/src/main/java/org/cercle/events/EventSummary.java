package org.cercle.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An event as other pages list it.
 *
 * @param path where the event's page lives
 * @param city the venue's city, or {@code null} for an online event
 * @param capacity the seats, or {@code null} when unlimited or not shown
 * @param confirmed the confirmed registrations (0 when seats are not shown)
 */
public record EventSummary(EventId id, String title, String path, String summary, Instant startsAt,
		@Nullable String city, boolean cancelled, @Nullable Integer capacity, long confirmed) {

	/** An event as a list shows it, without its seats (past events, neighbours). */
	public EventSummary(EventId id, String title, String path, String summary, Instant startsAt, @Nullable String city,
			boolean cancelled) {
		this(id, title, path, summary, startsAt, city, cancelled, null, 0);
	}

	/**
	 * Free seats, or {@code null} when the event has no capacity (or it is not known).
	 */
	public @Nullable Long seatsLeft() {
		return capacity == null ? null : Math.max(0, capacity - confirmed);
	}

	/** Every seat taken: new registrations join the waitlist. */
	public boolean full() {
		return capacity != null && confirmed >= capacity;
	}

}
