package org.cercle.feed.article;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.Snippets;
import org.cercle.feed.ArticleSearch;

/**
 * Searches the generated, GIN-indexed {@code search} column of published articles, ranks the
 * matches on the small title-and-summary vector, and builds snippets for the returned page only.
 */
@Service
@Transactional(readOnly = true)
class PostgresArticleSearch implements ArticleSearch {

	private final JdbcClient jdbc;

	PostgresArticleSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Hit> search(String query, int limit) {
		var text = Snippets.query(query);
		if (text.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select top.slug, top.title, top.published_at, top.rank,
				       ts_headline('fr', %s,
				                   q, :options) as snippet
				from (
				    select a.id, a.slug, a.title, a.summary, a.body_markdown, a.published_at,
				           ts_rank(a.search_head, q) as rank
				    from feed_article a, websearch_to_tsquery('fr', :query) q
				    where a.status = 'PUBLISHED' and a.search @@ q
				    order by rank desc, a.published_at desc, a.id
				    limit :limit
				) top, websearch_to_tsquery('fr', :query) q
				order by top.rank desc, top.published_at desc, top.id""".formatted(Snippets.sourceSql("top.summary || ' ' || top.body_markdown")))
			.param("query", text)
			.param("options", Snippets.OPTIONS)
			.param("limit", limit)
			.query((rs, row) -> new Hit(rs.getString("title"), "/articles/" + rs.getString("slug"),
					Snippets.toHtml(rs.getString("snippet")), rs.getTimestamp("published_at").toInstant(),
					rs.getDouble("rank")))
			.list();
	}

}
