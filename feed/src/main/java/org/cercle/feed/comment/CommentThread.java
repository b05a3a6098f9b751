package org.cercle.feed.comment;

import java.util.List;

/**
 * The comments of an article as one viewer sees them.
 *
 * @param comments top-level comments, oldest first, each with its replies
 * @param count how many published comments the article has
 * @param open whether comments are open on the article
 * @param mayClose whether the viewer (the article's author or an admin) may open or close
 * them
 * @param mayComment whether the viewer may comment (signed in, comments open, not
 * stopped)
 */
public record CommentThread(List<CommentView> comments, long count, boolean open, boolean mayClose,
		boolean mayComment) {
}
