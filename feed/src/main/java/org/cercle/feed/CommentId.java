package org.cercle.feed;

import java.util.UUID;

/** Identifies a comment on an article. */
public record CommentId(UUID value) {
}
