package org.cercle.feed.comment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.cercle.feed.article.Articles;
import org.cercle.community.MemberId;
import org.cercle.feed.ArticleId;
import org.cercle.feed.ArticleRef;

/**
 * What commenting needs to know of an article (its id, author, title and whether comments
 * are closed) and the closing of its comments. Articles are asked through the article
 * package; comments know articles by id only.
 */
@Component
public class CommentedArticles {

	private final JdbcClient jdbc;

	private final Articles articles;

	private final Clock clock;

	CommentedArticles(JdbcClient jdbc, Articles articles, Clock clock) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.clock = clock;
	}

	/**
	 * A published article, by slug: "published" is the article's own rule, asked through
	 * {@link Articles#findPublished}.
	 */
	public Optional<Target> published(String slug) {
		return articles.findPublished(slug)
			.map(article -> new Target(article.id(), article.slug(), article.title(), article.authorId().value(),
					closed(article.id())));
	}

	/** An article by id, as events about its comments name it. */
	public ArticleRef ref(UUID article) {
		return articles.findById(article)
			.map(found -> new ArticleRef(new ArticleId(found.id()), found.title(), "/articles/" + found.slug(),
					found.authorId()))
			.orElseThrow();
	}

	private boolean closed(UUID article) {
		return jdbc.sql("select exists (select 1 from feed_comment_closure where article_id = :id)")
			.param("id", article)
			.query(Boolean.class)
			.single();
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

		ArticleRef ref() {
			return new ArticleRef(new ArticleId(id), title, path(), new MemberId(authorId));
		}

	}

}
