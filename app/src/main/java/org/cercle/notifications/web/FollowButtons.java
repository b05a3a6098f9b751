package org.cercle.notifications.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import org.cercle.community.Viewer;
import org.cercle.notifications.inbox.Follows;

/**
 * What the follow button of a tag page or an author's profile shows, asked by the shared
 * fragment {@code fragments/follow} as
 * {@code @followButtons.following(#authentication, ...)}.
 */
@Component("followButtons")
public class FollowButtons {

	private final Follows follows;

	FollowButtons(Follows follows) {
		this.follows = follows;
	}

	public boolean following(@Nullable Authentication authentication, String type, @Nullable Object target) {
		var member = Viewer.member(authentication);
		if (member == null || target == null) {
			return false;
		}
		try {
			return follows.follows(member, new Follows.Target(Follows.Type.valueOf(type), String.valueOf(target)));
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}

	/** Whether a circle's member has muted its new discussions. */
	public boolean muted(@Nullable Authentication authentication, @Nullable Object circleId) {
		return following(authentication, "CIRCLE_MUTED", circleId);
	}

}
