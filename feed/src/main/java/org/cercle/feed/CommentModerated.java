package org.cercle.feed;

import org.jspecify.annotations.Nullable;

import org.cercle.community.MemberId;

/** A moderator, or enough reports, changed what readers see of a member's comment. */
public record CommentModerated(CommentId comment, ArticleRef article, MemberId author, Action action,
		@Nullable String reason) {

	public enum Action {

		/** Held by reports until a moderator decides. */
		HELD,
		/** Hidden by a moderator, with a reason shown in its place. */
		HIDDEN,
		/** Shown again (kept after reports, or restored). */
		RESTORED

	}

	public String path() {
		return article.path() + "#commentaire-" + comment.value();
	}

}
