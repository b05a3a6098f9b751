package org.cercle.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.cercle.community.MemberId;

/**
 * Published articles as other modules publish them elsewhere (the social web): their text
 * as the page shows it, sanitised.
 */
public interface PublishedArticles {

	/** A published article; empty for a draft, an archived or an unknown one. */
	Optional<Published> find(String slug);

	/** The newest published articles, of one author or of everyone ({@code null}). */
	List<Published> newest(@Nullable MemberId author, int max);

	/** How many articles are published. */
	long count();

	/**
	 * A published article.
	 *
	 * @param path its page, e.g. {@code /articles/la-communaute}
	 * @param html its body, sanitised, as its page shows it
	 * @param tags its tags: name and page
	 * @param coverPath its cover image, if any
	 */
	record Published(String slug, String title, String summary, String path, String html, Instant publishedAt,
			Instant updatedAt, MemberId authorId, List<Link> tags, @Nullable String coverPath, String coverAlt) {
	}

}
