package org.cercle.community.circle;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.cercle.community.CircleEvents;

/**
 * A circle as its page shows it to one viewer.
 *
 * @param members active members, or empty when the viewer may not see them (private
 * circle)
 * @param pending waiting requests, shown to those who lead the circle
 * @param mine the viewer's own membership state ("ACTIVE", "PENDING") or {@code null}
 * @param leads whether the viewer approves requests and removes members
 * @param owns whether the viewer changes members' roles
 * @param mayPost whether the viewer may start a discussion
 * @param discussions the latest discussions, empty when the viewer may not read them
 * @param activity what happened lately (joins, discussions, replies), for those who may
 * read
 * @param events the circle's upcoming events
 */
public record CircleView(String slug, String name, String description, boolean privateCircle, boolean archived,
		long memberCount, boolean membersVisible, List<Person> members, List<Person> pending, @Nullable String mine,
		boolean leads, boolean owns, boolean mayPost, List<DiscussionView.Card> discussions, List<Activity> activity,
		List<CircleEvents.Upcoming> events, java.util.UUID id) {

	/** A person in a circle, with their circle role and since when. */
	public record Person(String handle, String displayName, String role, Instant since, @Nullable String message) {
	}

	/** A circle in the directory, with when something last happened in it. */
	public record Card(String slug, String name, String description, boolean privateCircle, long memberCount,
			@Nullable Instant latestActivity) {
	}

	/**
	 * Something that happened in the circle.
	 *
	 * @param kind {@code JOINED}, {@code STARTED} or {@code REPLIED}
	 * @param path the discussion, for {@code STARTED} and {@code REPLIED}
	 */
	public record Activity(String kind, String who, @Nullable String title, @Nullable String path, Instant at) {
	}

}
