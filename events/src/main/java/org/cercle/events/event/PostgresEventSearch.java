package org.cercle.events.event;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.shared.Snippets;
import org.cercle.events.EventSearch;

/**
 * Searches the generated, GIN-indexed {@code search} column of events that are not
 * drafts.
 */
@Service
@Transactional(readOnly = true)
class PostgresEventSearch implements EventSearch {

	private final JdbcClient jdbc;

	PostgresEventSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Hit> search(String query, int limit) {
		var text = Snippets.query(query);
		if (text.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select e.slug, e.title, e.starts_at, e.status, ts_rank(e.search, q) as rank,
				       ts_headline('fr', %s,
				                   q, :options) as snippet
				from events_event e, websearch_to_tsquery('fr', :query) q
				where e.status <> 'DRAFT' and e.search @@ q
				order by rank desc, e.starts_at desc, e.id
				limit :limit""".formatted(Snippets.sourceSql("e.summary || ' ' || e.description_markdown")))
			.param("query", text)
			.param("options", Snippets.OPTIONS)
			.param("limit", limit)
			.query((rs, row) -> new Hit(rs.getString("title"), "/events/" + rs.getString("slug"),
					Snippets.toHtml(rs.getString("snippet")), rs.getTimestamp("starts_at").toInstant(),
					"CANCELLED".equals(rs.getString("status")), rs.getDouble("rank")))
			.list();
	}

}
