package org.cercle.feed.article;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.shared.Snippets;
import org.cercle.feed.ArticleSearch;

/**
 * Searches published articles in two steps, so that a word found in most articles is as
 * fast as a rare one:
 * <ol>
 * <li>articles whose title or summary match, ranked (title above summary) on the narrow
 * {@code feed_article_search_rank} table; the best candidates are then checked against
 * the whole article (an excluded word may sit in the body). Only the newest matches are
 * ranked ({@code cercle.search.rank-pool}, 1,000), taken among the newest articles
 * ({@link RecentArticles}, 50,000) when they hold enough of them: a word found in a fifth
 * of a million articles would otherwise cost hundreds of milliseconds to rank, and one
 * found in a few percent as much to gather;</li>
 * <li>when those are too few, articles that match in their body only, newest first (rank
 * 0).</li>
 * </ol>
 * Snippets are built for the returned rows only.
 */
@Service
@Transactional(readOnly = true)
class PostgresArticleSearch implements ArticleSearch {

	/** Head matches checked against the whole article, beyond the rows asked for. */
	static final int CANDIDATES = 200;

	private final JdbcClient jdbc;

	private final int pool;

	private final RecentArticles recent;

	PostgresArticleSearch(JdbcClient jdbc, @Value("${cercle.search.rank-pool:1000}") int pool, RecentArticles recent) {
		this.jdbc = jdbc;
		this.pool = pool;
		this.recent = recent;
	}

	@Override
	public List<Hit> search(String query, int limit) {
		var text = Snippets.query(query);
		if (text.isEmpty()) {
			return List.of();
		}
		var hits = new ArrayList<>(headMatches(text, limit));
		if (hits.size() < limit) {
			hits.addAll(bodyMatches(text, limit - hits.size()));
		}
		return hits;
	}

	private List<Hit> headMatches(String text, int limit) {
		return jdbc.sql("""
				select a.slug, a.title, a.published_at, c.rank,
				       ts_headline('fr', %s, q, :options) as snippet
				from (
				    with recent as materialized (
				        select r.article_id, r.published_at, r.search_head
				        from feed_article_search_rank r, websearch_to_tsquery('fr', :query) q
				        where r.search_head @@ q and r.published_at >= :since
				        order by r.published_at desc, r.article_id desc
				        limit :pool
				    ), pool as (
				        select * from recent where (select count(*) from recent) >= :candidates
				        union all
				        select * from (
				            select r.article_id, r.published_at, r.search_head
				            from feed_article_search_rank r, websearch_to_tsquery('fr', :query) q
				            where r.search_head @@ q
				            order by r.published_at desc, r.article_id desc
				            limit :pool
				        ) everything where (select count(*) from recent) < :candidates
				    )
				    select r.article_id, r.published_at, ts_rank(r.search_head, q) as rank
				    from pool r, websearch_to_tsquery('fr', :query) q
				    order by rank desc, r.published_at desc, r.article_id
				    limit :candidates
				) c
				join feed_article a on a.id = c.article_id, websearch_to_tsquery('fr', :query) q
				where a.status = 'PUBLISHED' and a.search @@ q
				order by c.rank desc, c.published_at desc, c.article_id
				limit :limit""".formatted(Snippets.articleSourceSql("a.summary", "a.body_markdown")))
			.param("query", text)
			.param("options", Snippets.OPTIONS)
			.param("pool", Math.max(pool, Math.max(CANDIDATES, limit)))
			.param("since", recent.since())
			.param("candidates", Math.max(CANDIDATES, limit))
			.param("limit", limit)
			.query((rs, row) -> hit(rs.getString("slug"), rs.getString("title"), rs.getTimestamp("published_at"),
					rs.getString("snippet"), rs.getDouble("rank")))
			.list();
	}

	private List<Hit> bodyMatches(String text, int limit) {
		return jdbc
			.sql("""
					select top.slug, top.title, top.published_at,
					       ts_headline('fr', %s, q, :options) as snippet
					from (
					    select a.id, a.slug, a.title, a.summary, a.body_markdown, a.published_at
					    from feed_article a, websearch_to_tsquery('fr', :query) q
					    where a.status = 'PUBLISHED' and a.search @@ q and not (a.search_head @@ q)
					    order by a.published_at desc, a.id
					    limit :limit
					) top, websearch_to_tsquery('fr', :query) q
					order by top.published_at desc, top.id"""
				.formatted(Snippets.articleSourceSql("top.summary", "top.body_markdown")))
			.param("query", text)
			.param("options", Snippets.OPTIONS)
			.param("limit", limit)
			.query((rs, row) -> hit(rs.getString("slug"), rs.getString("title"), rs.getTimestamp("published_at"),
					rs.getString("snippet"), 0))
			.list();
	}

	@Override
	public int count(String query, int cap) {
		var text = Snippets.query(query);
		if (text.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) from (
				    select 1 from feed_article a, websearch_to_tsquery('fr', :query) q
				    where a.status = 'PUBLISHED' and a.search @@ q limit :cap) found""")
			.param("query", text)
			.param("cap", cap)
			.query(Integer.class)
			.single();
	}

	private static Hit hit(String slug, String title, java.sql.Timestamp publishedAt, String snippet, double rank) {
		return new Hit(title, "/articles/" + slug, Snippets.toHtml(snippet), publishedAt.toInstant(), rank);
	}

}
