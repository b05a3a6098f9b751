package org.cercle.community;

import java.time.Instant;
import java.util.List;

/**
 * Circle discussions and replies on hold (a new member's first posts, or three reports),
 * across circles, for the moderators' queue; a leader or a moderator decides on the
 * post's own page.
 */
public interface HeldPosts {

	/** The oldest held posts first. */
	List<Held> waiting(int max);

	/** A held post: its circle, its address, its discussion's title and an excerpt. */
	record Held(String circle, String path, String title, String excerpt, Instant at, int reports) {
	}

}
