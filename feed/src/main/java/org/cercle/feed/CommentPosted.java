package org.cercle.feed;

import org.jspecify.annotations.Nullable;

import org.cercle.community.MemberId;

/**
 * A member posted a comment, or a reply to {@code parent}. When
 * {@code awaitingModeration}, only its author and the moderators see it until a moderator
 * approves it. Published in the transaction that stored the comment.
 */
public record CommentPosted(CommentId comment, ArticleId article, MemberId author, @Nullable CommentId parent,
		boolean awaitingModeration) {
}
