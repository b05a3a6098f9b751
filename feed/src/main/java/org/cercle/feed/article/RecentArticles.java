package org.cercle.feed.article;

import java.sql.Timestamp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the newest published articles begin: the publication instant of the
 * {@code cercle.search.recent-window}-th newest (50,000), for
 * {@link PostgresArticleSearch} to rank a word's matches among those first. Kept until
 * the content changes.
 */
@Component
class RecentArticles {

	/** Before any article: every article is recent when there are fewer. */
	static final Timestamp BEFORE_ALL = Timestamp.valueOf("1000-01-01 00:00:00");

	private final JdbcClient jdbc;

	private final int window;

	RecentArticles(JdbcClient jdbc, @Value("${cercle.search.recent-window:50000}") int window) {
		this.jdbc = jdbc;
		this.window = window;
	}

	@Transactional(readOnly = true)
	@Cacheable(cacheNames = "search-recent-since", sync = true)
	public Timestamp since() {
		return jdbc.sql("""
				select published_at from feed_article_search_rank
				order by published_at desc, article_id desc offset :window limit 1""")
			.param("window", window - 1)
			.query(Timestamp.class)
			.optional()
			.orElse(BEFORE_ALL);
	}

}
