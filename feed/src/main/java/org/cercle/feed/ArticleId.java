package org.cercle.feed;

import java.util.UUID;

/** Identifies an article; other modules keep this value only. */
public record ArticleId(UUID value) {
}
