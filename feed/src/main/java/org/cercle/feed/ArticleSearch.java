package org.cercle.feed;

import java.time.Instant;
import java.util.List;

/** French full-text search over published articles, best matches first. */
public interface ArticleSearch {

	List<Hit> search(String query, int limit);

	/** How many published articles match, counted up to {@code cap}. */
	int count(String query, int cap);

	/**
	 * A matching article.
	 *
	 * @param snippetHtml safe HTML: escaped text with matches in {@code <mark>}
	 * @param rank relevance, comparable with other modules' search ranks
	 */
	record Hit(String title, String path, String snippetHtml, Instant publishedAt, double rank) {
	}

}
