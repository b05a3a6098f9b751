package org.cercle.feed;

import java.time.Instant;
import java.util.List;

/** French full-text search over published articles, best matches first. */
public interface ArticleSearch {

	List<Hit> search(String query, int limit);

	/**
	 * A matching article.
	 *
	 * @param snippetHtml safe HTML: escaped text with matches in {@code <mark>}
	 * @param rank relevance, comparable with other modules' search ranks
	 */
	record Hit(String title, String path, String snippetHtml, Instant publishedAt, double rank) {
	}

}
