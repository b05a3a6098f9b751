package org.cercle.feed;

import java.time.Instant;
import java.util.UUID;

/**
 * Puts announcements into the home stream. Idempotent per source, so that a redelivered
 * notification never doubles an entry.
 */
public interface StreamAnnouncements {

	/**
	 * Adds the announcement, or updates the one of the same source (keeping its place in
	 * the stream).
	 */
	void announce(Announcement announcement);

	/**
	 * Marks the source's announcement as cancelled, with the reason shown in its place.
	 */
	void cancel(UUID sourceId, String reason, Instant at);

}
