package org.cercle.feed.article;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.feed.Link;
import org.cercle.feed.WriteUps;

/** The feed's side of write-ups: the candidates, and the links back to their events. */
@Service
@Transactional
class ArticleWriteUps implements WriteUps {

	private final Articles articles;

	private final JdbcClient jdbc;

	ArticleWriteUps(Articles articles, JdbcClient jdbc) {
		this.articles = articles;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Candidate> candidates(int max) {
		return articles.newest(Limit.of(max)).stream().map(ArticleWriteUps::candidate).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Candidate> published(String slug) {
		return articles.findPublished(slug).map(ArticleWriteUps::candidate);
	}

	@Override
	public void link(UUID article, UUID event, String eventTitle, String eventPath) {
		jdbc.sql("""
				insert into feed_write_up (event_id, article_id, event_title, event_path)
				select :event, id, :title, :path from feed_article where id = :article
				on conflict (event_id) do update set article_id = excluded.article_id,
				    event_title = excluded.event_title, event_path = excluded.event_path""")
			.param("event", event)
			.param("article", article)
			.param("title", eventTitle)
			.param("path", eventPath)
			.update();
	}

	@Override
	public void unlink(UUID event) {
		jdbc.sql("delete from feed_write_up where event_id = :event").param("event", event).update();
	}

	/** The events the article reports on, as links to their pages. */
	@Transactional(readOnly = true)
	List<Link> eventsReportedBy(UUID article) {
		return jdbc.sql("select event_title, event_path from feed_write_up where article_id = :article order by 1")
			.param("article", article)
			.query((row, number) -> new Link(row.getString(1), row.getString(2)))
			.list();
	}

	private static Candidate candidate(Article article) {
		return new Candidate(article.id(), article.title(), "/articles/" + article.slug(), article.publishedAt());
	}

}
