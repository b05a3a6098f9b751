package org.cercle.feed;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The feed's public pages for the sitemap: the article list, every published article,
 * every tag.
 */
public interface FeedPages {

	List<Page> pages(int max);

	/** A page and when its content last changed, when known. */
	record Page(String path, @Nullable Instant lastModified) {
	}

}
