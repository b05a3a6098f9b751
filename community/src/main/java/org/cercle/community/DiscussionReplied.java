package org.cercle.community;

import java.util.Set;
import java.util.UUID;

/**
 * A member replied in a circle's discussion. {@code participants} are those who started
 * the discussion or replied in it before (the author of this reply excluded).
 */
public record DiscussionReplied(CircleRef circle, UUID discussion, String title, UUID reply, MemberId author,
		Set<MemberId> participants, String body) {

	public String path() {
		return circle.path() + "/discussions/" + discussion + "#reponse-" + reply;
	}

}
