package org.cercle.feed.comment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What commenting needs to know of an article (its id, author, title and whether comments
 * are closed) and the closing of its comments. Reads the feed's article table directly so
 * that the comment package does not depend on the article package, which shows the
 * comments.
 */
@Component
public class CommentedArticles {

	private final JdbcClient jdbc;

	private final Clock clock;

	CommentedArticles(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A published article, by slug. */
	public Optional<Target> published(String slug) {
		return jdbc.sql("""
				select a.id, a.slug, a.title, a.author_id,
				       exists (select 1 from feed_comment_closure c where c.article_id = a.id) as closed
				from feed_article a where a.slug = :slug and a.status = 'PUBLISHED'""")
			.param("slug", slug)
			.query((rs, row) -> new Target(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
					rs.getObject("author_id", UUID.class), rs.getBoolean("closed")))
			.optional();
	}

	/**
	 * Whether the article's comments are closed and whether the viewer was stopped from
	 * commenting, in one query.
	 */
	Gates gates(UUID article, @org.jspecify.annotations.Nullable UUID viewer) {
		return jdbc.sql("""
				select exists (select 1 from feed_comment_closure where article_id = :id) as closed,
				       exists (select 1 from feed_comment_ban where member_id = :viewer) as banned""")
			.param("id", article)
			.param("viewer", viewer == null ? new UUID(0, 0) : viewer)
			.query((rs, row) -> new Gates(rs.getBoolean("closed"), rs.getBoolean("banned")))
			.single();
	}

	record Gates(boolean closed, boolean banned) {
	}

	void close(UUID article, UUID by) {
		jdbc.sql("""
				insert into feed_comment_closure (article_id, closed_by, closed_at) values (:id, :by, :at)
				on conflict (article_id) do nothing""")
			.param("id", article)
			.param("by", by)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	void reopen(UUID article) {
		jdbc.sql("delete from feed_comment_closure where article_id = :id").param("id", article).update();
	}

	/** A published article as commenting sees it. */
	public record Target(UUID id, String slug, String title, UUID authorId, boolean closed) {

		public String path() {
			return "/articles/" + slug;
		}

	}

}
