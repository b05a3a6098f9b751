package org.cercle.feed;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something announced in the home stream and the site feed, such as a published event.
 *
 * @param sourceId what is announced (e.g. the event's id): announcing it again updates
 * the entry
 * @param path where the announced thing lives on the site
 * @param at when it was announced: its place in the stream
 * @param happensAt when it takes place, if it does
 */
public record Announcement(UUID sourceId, String title, String path, String summary, Instant at,
		@Nullable Instant happensAt) {
}
