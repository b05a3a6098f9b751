package org.cercle.events.event;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Everything an organiser decides about an event, already checked: the end is after the
 * start.
 */
public record EventDetails(String title, String summary, String description, @Nullable String series,
		@Nullable Integer edition, Instant startsAt, Instant endsAt, Venue venue, @Nullable Integer capacity,
		@Nullable Instant registrationOpensAt, @Nullable Instant registrationClosesAt, List<Speaker> speakers,
		List<AgendaItem> agenda) {

	/** The same details with another capacity (null: unlimited). */
	public EventDetails withCapacity(@Nullable Integer seats) {
		return new EventDetails(title, summary, description, series, edition, startsAt, endsAt, venue, seats,
				registrationOpensAt, registrationClosesAt, speakers, agenda);
	}

	public EventDetails {
		Assert.isTrue(endsAt.isAfter(startsAt), "An event ends after it starts");
		Assert.isTrue(capacity == null || capacity > 0, "A capacity is positive");
	}

}
