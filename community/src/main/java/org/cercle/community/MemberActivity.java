package org.cercle.community;

import java.time.Instant;
import java.util.List;

/**
 * What a member does elsewhere on the site, for their profile: the events they will
 * attend and their latest comments. Community does not know where those live: the
 * application provides this from the events and the feed.
 */
public interface MemberActivity {

	/** Published events to come the member has a seat at, soonest first. */
	List<Item> upcomingEvents(MemberId member, int max);

	/** The member's latest published comments, newest first. */
	List<Item> recentComments(MemberId member, int max);

	/**
	 * An event or a comment as a profile lists it.
	 *
	 * @param title the event's, or the commented article's
	 * @param path where it is
	 * @param excerpt the comment's first words (empty for an event)
	 * @param at when the event starts, or the comment was written
	 */
	record Item(String title, String path, String excerpt, Instant at) {
	}

}
