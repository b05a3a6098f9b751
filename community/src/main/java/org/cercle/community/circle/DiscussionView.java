package org.cercle.community.circle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A discussion as its page shows it to one viewer.
 *
 * @param opening the discussion's own text, as its first post
 * @param mayReply whether the viewer may reply (an active member, the circle not
 * archived)
 */
public record DiscussionView(UUID id, String circleSlug, String circleName, String title, Post opening,
		List<Post> replies, boolean mayReply) {

	/**
	 * A post in a discussion.
	 *
	 * @param authorHandle {@code null} when the author deleted their account
	 * @param html the rendered text, {@code null} when the post was deleted
	 * @param held waiting for a circle leader (shown to its author and the leaders only)
	 * @param mayApprove whether the viewer, a leader, may publish it
	 */
	public record Post(UUID id, String anchor, @Nullable String authorHandle, String authorName,
			org.cercle.community.Avatar avatar, Instant at, boolean edited, @Nullable String html, boolean mayEdit,
			boolean mayDelete, boolean held, boolean mayApprove, @Nullable String hiddenReason, boolean mayModerate) {

		Post held(boolean waiting, boolean leader) {
			return new Post(id, anchor, authorHandle, authorName, avatar, at, edited, html, mayEdit, mayDelete, waiting,
					waiting && leader, hiddenReason, mayModerate);
		}

		/**
		 * Hidden by a leader or a moderator: its text for the circle's leaders only, its
		 * reason for everyone.
		 */
		Post hidden(@Nullable String reason, boolean leader) {
			return new Post(id, anchor, authorHandle, authorName, avatar, at, edited,
					reason == null || leader ? html : null, mayEdit, mayDelete, held, mayApprove, reason, leader);
		}

	}

	/** A discussion in a circle's list. */
	public record Card(UUID id, String title, String authorName, Instant lastPostAt, int replies) {
	}

}
