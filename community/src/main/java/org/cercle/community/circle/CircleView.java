package org.cercle.community.circle;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A circle as its page shows it to one viewer.
 *
 * @param members active members, or empty when the viewer may not see them (private circle)
 * @param pending waiting requests, shown to those who lead the circle
 * @param mine the viewer's own membership state ("ACTIVE", "PENDING") or {@code null}
 */
public record CircleView(String slug, String name, String description, boolean privateCircle, long memberCount,
		boolean membersVisible, List<Person> members, List<Person> pending, @Nullable String mine, boolean leads) {

	/** A person in a circle, with their circle role and since when. */
	public record Person(String handle, String displayName, String role, Instant since, @Nullable String message) {
	}

	/** A circle in the directory. */
	public record Card(String slug, String name, String description, boolean privateCircle, long memberCount) {
	}

}
