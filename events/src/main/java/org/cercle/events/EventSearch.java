package org.cercle.events;

import java.time.Instant;
import java.util.List;

/** French full-text search over published (and cancelled) events, best matches first. */
public interface EventSearch {

	List<Hit> search(String query, int limit);

	/** How many events (or their materials) match, counted up to {@code cap}. */
	int count(String query, int cap);

	/**
	 * A matching event.
	 *
	 * @param snippetHtml safe HTML: escaped text with matches in {@code <mark>}
	 * @param rank relevance, comparable with other modules' search ranks
	 */
	record Hit(String title, String path, String snippetHtml, Instant startsAt, boolean cancelled, double rank) {
	}

}
