package org.cercle.community;

import java.util.UUID;

/** A member started a discussion in a circle. */
public record DiscussionStarted(CircleRef circle, UUID discussion, String title, MemberId author, String body) {

	public String path() {
		return circle.path() + "/discussions/" + discussion;
	}

}
