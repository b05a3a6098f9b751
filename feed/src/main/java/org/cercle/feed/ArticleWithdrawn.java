package org.cercle.feed;

/** A published article was archived: readers no longer see it. */
public record ArticleWithdrawn(ArticleRef article) {
}
