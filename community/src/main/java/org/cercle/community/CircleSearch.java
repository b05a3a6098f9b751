package org.cercle.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * French full-text search over circles that are not archived. Private circles are found
 * only by their active members, moderators and admins.
 */
public interface CircleSearch {

	List<Hit> search(String query, int limit, @Nullable MemberId viewer, boolean moderator);

	/**
	 * A matching circle.
	 *
	 * @param snippetHtml safe HTML: escaped text with matches in {@code <mark>}
	 * @param rank relevance, comparable with the other modules' search ranks
	 */
	record Hit(String name, String path, String snippetHtml, Instant createdAt, boolean privateCircle, double rank) {
	}

}
