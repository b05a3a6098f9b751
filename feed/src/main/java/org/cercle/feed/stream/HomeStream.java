package org.cercle.feed.stream;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.feed.LatestStream;
import org.cercle.feed.StreamItem;
import org.cercle.feed.StreamPage;
import org.cercle.feed.article.ArticleCards;
import org.cercle.feed.article.Cursor;

/**
 * The home stream: published articles and announcements together, newest first, in keyset
 * pages over both tables at once.
 */
@Service
@Transactional(readOnly = true)
class HomeStream implements LatestStream {

	static final int PAGE_SIZE = 10;

	private final JdbcClient jdbc;

	private final ArticleCards articles;

	private final AnnouncementEntries announcements;

	HomeStream(JdbcClient jdbc, ArticleCards articles, AnnouncementEntries announcements) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.announcements = announcements;
	}

	@Override
	@Cacheable(cacheNames = "home-stream", sync = true)
	public StreamPage latest(@Nullable String before) {
		var cursor = Cursor.parse(before);
		var positions = positions(cursor);
		var page = positions.size() > PAGE_SIZE ? positions.subList(0, PAGE_SIZE) : positions;
		var byId = new HashMap<UUID, StreamItem>(articles.published(ids(page, "article")));
		announcements.findAllById(ids(page, "announcement")).forEach(entry -> byId.put(entry.id(), entry.item()));
		var items = page.stream().map(position -> byId.get(position.id())).filter(java.util.Objects::nonNull).toList();
		var older = positions.size() > PAGE_SIZE
				? new Cursor(page.get(PAGE_SIZE - 1).at().toInstant(), page.get(PAGE_SIZE - 1).id()).format() : null;
		return new StreamPage(items, older);
	}

	private List<Position> positions(@Nullable Cursor cursor) {
		var sql = """
				select kind, id, at from (
				  select 'article' as kind, id, published_at as at from feed_article where status = 'PUBLISHED'
				  union all
				  select 'announcement' as kind, id, announced_at as at from feed_announcement
				) stream
				%s
				order by at desc, id desc
				limit :limit""".formatted(cursor == null ? "" : "where (at, id) < (:at, :id)");
		var query = jdbc.sql(sql).param("limit", PAGE_SIZE + 1);
		if (cursor != null) {
			query = query.param("at", Timestamp.from(cursor.at())).param("id", cursor.id());
		}
		return query.query(
				(rs, row) -> new Position(rs.getString("kind"), rs.getObject("id", UUID.class), rs.getTimestamp("at")))
			.list();
	}

	private static List<UUID> ids(List<Position> positions, String kind) {
		var ids = new ArrayList<UUID>();
		positions.stream().filter(position -> position.kind().equals(kind)).forEach(position -> ids.add(position.id()));
		return ids;
	}

	record Position(String kind, UUID id, Timestamp at) {
	}

}
