package org.cercle.feed.wordpress;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The addresses an imported post answered to on WordPress, remembered at import and
 * looked up when an old link arrives: {@code /?p=ID}, its permalink's path,
 * {@code /slug/}, {@code /YYYY/MM/slug/} and {@code /YYYY/MM/DD/slug/} (the common
 * permalink settings, whichever the site used).
 */
@Component
public class LegacyAddresses {

	private final JdbcClient jdbc;

	LegacyAddresses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void remember(WordPressExport.Post post, UUID article) {
		for (var path : paths(post)) {
			jdbc.sql(
					"insert into feed_legacy_address (path, article_id) values (:path, :article) on conflict do nothing")
				.param("path", path)
				.param("article", article)
				.update();
		}
	}

	/** The slug of the published article an old address names, if any. */
	public Optional<String> publishedArticle(String path) {
		return jdbc.sql("""
				select a.slug from feed_legacy_address l join feed_article a on a.id = l.article_id
				where l.path = :path and a.status = 'PUBLISHED'""").param("path", path).query(String.class).optional();
	}

	static Set<String> paths(WordPressExport.Post post) {
		var paths = new LinkedHashSet<String>();
		paths.add("/?p=" + post.id().strip());
		try {
			var permalink = URI.create(post.link()).getRawPath();
			if (permalink != null && permalink.length() > 1) {
				paths.add(permalink.endsWith("/") ? permalink : permalink + "/");
			}
		}
		catch (IllegalArgumentException notAnAddress) {
			// no permalink: the other forms remain
		}
		if (post.slug() != null) {
			paths.add("/" + post.slug() + "/");
			if (post.localDate().length() >= 10) {
				var year = post.localDate().substring(0, 4);
				var month = post.localDate().substring(5, 7);
				var day = post.localDate().substring(8, 10);
				paths.add("/" + year + "/" + month + "/" + post.slug() + "/");
				paths.add("/" + year + "/" + month + "/" + day + "/" + post.slug() + "/");
			}
		}
		return paths;
	}

}
