package org.cercle.events.event;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.shared.Snippets;
import org.cercle.events.EventSearch;

/**
 * Searches the generated, GIN-indexed {@code search} columns of events that are not
 * drafts and of their materials (titles and file names): an event found only by a
 * material shows the matching materials as its snippet.
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
				with q as (select websearch_to_tsquery('fr', :query) as q),
				found as (
				    select e.id, ts_rank(e.search, q.q) as rank, null::text as materials
				    from events_event e, q where e.search @@ q.q
				    union all
				    select m.event_id, ts_rank(m.search, q.q) * 0.5, m.title
				    from events_material m, q where m.search @@ q.q),
				best as (
				    select id, max(rank) as rank, string_agg(materials, ' · ') as materials from found group by id)
				select e.slug, e.title, e.starts_at, e.status, best.rank,
				       case when e.search @@ q.q then ts_headline('fr', %s, q.q, :options)
				            else ts_headline('fr', best.materials, q.q, :options) end as snippet
				from best join events_event e on e.id = best.id, q
				where e.status <> 'DRAFT'
				order by best.rank desc, e.starts_at desc, e.id
				limit :limit""".formatted(Snippets.sourceSql("e.summary || ' ' || e.description_markdown")))
			.param("query", text)
			.param("options", Snippets.OPTIONS)
			.param("limit", limit)
			.query((rs, row) -> new Hit(rs.getString("title"), "/events/" + rs.getString("slug"),
					Snippets.toHtml(rs.getString("snippet")), rs.getTimestamp("starts_at").toInstant(),
					"CANCELLED".equals(rs.getString("status")), rs.getDouble("rank")))
			.list();
	}

	@Override
	public int count(String query, int cap) {
		var text = Snippets.query(query);
		if (text.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				with q as (select websearch_to_tsquery('fr', :query) as q)
				select count(*) from (
				    select e.id from events_event e, q where e.status <> 'DRAFT' and e.search @@ q.q
				    union
				    select m.event_id from events_material m join events_event e on e.id = m.event_id, q
				    where e.status <> 'DRAFT' and m.search @@ q.q
				    limit :cap) found""").param("query", text).param("cap", cap).query(Integer.class).single();
	}

}
