package org.cercle.community.circle;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.CircleSearch;
import org.cercle.community.MemberId;
import org.cercle.shared.Snippets;

/**
 * Searches the generated, GIN-indexed {@code search} column of circles the viewer may
 * see.
 */
@Service
@Transactional(readOnly = true)
class PostgresCircleSearch implements CircleSearch {

	private final JdbcClient jdbc;

	PostgresCircleSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Hit> search(String query, int limit, @Nullable MemberId viewer, boolean moderator) {
		var text = Snippets.query(query);
		if (text.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select c.slug, c.name, c.created_at, c.visibility, ts_rank(c.search, q) as rank,
				       ts_headline('fr', %s, q, :options) as snippet
				from community_circle c, websearch_to_tsquery('fr', :query) q
				where not c.archived and c.search @@ q
				  and (c.visibility = 'PUBLIC' or :moderator or exists (
				       select 1 from community_circle_membership m
				       where m.circle_id = c.id and m.member_id = :viewer and m.state = 'ACTIVE'))
				order by rank desc, c.created_at desc, c.id
				limit :limit""".formatted(Snippets.sourceSql("c.description")))
			.param("query", text)
			.param("options", Snippets.OPTIONS)
			.param("moderator", moderator)
			.param("viewer", viewer == null ? new UUID(0, 0) : viewer.value())
			.param("limit", limit)
			.query((rs, row) -> new Hit(rs.getString("name"), "/circles/" + rs.getString("slug"),
					Snippets.toHtml(rs.getString("snippet")), rs.getTimestamp("created_at").toInstant(),
					"PRIVATE".equals(rs.getString("visibility")), rs.getDouble("rank")))
			.list();
	}

}
