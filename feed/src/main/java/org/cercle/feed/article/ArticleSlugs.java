package org.cercle.feed.article;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.cercle.shared.Slugs;

/**
 * A new article's slug, unique among articles and old addresses, found with one query
 * however many articles share the title (an import of 200 posts with one title no longer
 * asks 200 times per post).
 */
@Component
public class ArticleSlugs {

	private final JdbcClient jdbc;

	ArticleSlugs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String unique(String titleOrSlug) {
		return Slugs.uniqueAmong(titleOrSlug, this::takenLike);
	}

	private Collection<String> takenLike(String base) {
		return jdbc.sql("""
				select slug from feed_article where slug = :base or slug like :family
				union select slug from feed_article_old_slug where slug = :base or slug like :family""")
			.param("base", base)
			.param("family", base + "-%")
			.query(String.class)
			.list();
	}

}
