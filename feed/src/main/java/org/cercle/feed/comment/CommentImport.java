package org.cercle.feed.comment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds comments brought from another platform (WordPress), whose authors are names, not
 * members.
 */
@Component
public class CommentImport {

	private final Comments comments;

	CommentImport(Comments comments) {
		this.comments = comments;
	}

	/**
	 * Adds one imported comment in the caller's transaction and returns its id.
	 * @param parent the top-level comment it answers, if any
	 * @param approved whether it was approved where it came from (else it waits for a
	 * moderator)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID add(UUID article, @Nullable UUID parent, String authorName, String text, Instant at, boolean approved) {
		return comments.save(Comment.imported(article, parent, authorName, text, at, approved)).id();
	}

}
