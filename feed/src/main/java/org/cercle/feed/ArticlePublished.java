package org.cercle.feed;

import java.util.List;

/**
 * An article was published (at once, or when its scheduled time came), with its tags'
 * slugs.
 */
public record ArticlePublished(ArticleRef article, List<String> tags) {
}
