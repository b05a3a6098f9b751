package org.cercle.feed;

import org.jspecify.annotations.Nullable;

import org.cercle.community.MemberId;

/**
 * A comment became visible to readers: posted by a trusted member, or approved by a
 * moderator. Carries what those it concerns are told: the article, the comment it answers
 * and its author, and the text (for mentions).
 */
public record CommentPublished(CommentId comment, ArticleRef article, MemberId author, @Nullable CommentId parent,
		@Nullable MemberId parentAuthor, String body) {

	/** The comment's place on its article's page. */
	public String path() {
		return article.path() + "#commentaire-" + comment.value();
	}

}
