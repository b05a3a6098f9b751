package org.cercle.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Implemented by a module that ties events to circles, so that a circle's page lists its
 * upcoming events without the community module knowing about events.
 */
public interface CircleEvents {

	/** The circle's next published events, soonest first. */
	List<Upcoming> upcoming(CircleId circle, int count);

	/** An upcoming event: its title, page and start. */
	record Upcoming(String title, String path, Instant startsAt) {
	}

}
