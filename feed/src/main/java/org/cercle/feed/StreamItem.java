package org.cercle.feed;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the home stream, as pages show it.
 *
 * @param kind what the entry is, e.g. {@code article}
 * @param title the entry's title
 * @param path where the entry lives on the site
 * @param summary a short text shown under the title
 * @param at when the entry was published
 * @param byline who wrote it, or {@code null} for an anonymous entry
 * @param readingMinutes estimated reading time, zero when not relevant
 * @param tags the entry's tags
 * @param happensAt for an announced event, when it takes place
 * @param cancelled whether what is announced was cancelled
 */
public record StreamItem(String kind, String title, String path, String summary, Instant at, @Nullable Link byline,
		int readingMinutes, List<Link> tags, @Nullable Instant happensAt, boolean cancelled) {

	public boolean announcement() {
		return "announcement".equals(kind);
	}

}
