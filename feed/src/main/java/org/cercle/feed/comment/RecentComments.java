package org.cercle.feed.comment;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.cercle.community.MemberId;
import org.cercle.feed.MemberComments;
import org.cercle.shared.Markdown;

/** A member's published comments on published articles, newest first. */
@Service
@Transactional(readOnly = true)
class RecentComments implements MemberComments {

	static final int EXCERPT = 160;

	private final JdbcClient jdbc;

	RecentComments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Entry> recent(MemberId author, int max) {
		return jdbc.sql("""
				select c.id, c.body_markdown, c.created_at, a.slug, a.title from feed_comment c
				join feed_article a on a.id = c.article_id and a.status = 'PUBLISHED'
				where c.author_id = :author and c.status = 'PUBLISHED' order by c.created_at desc limit :max""")
			.param("author", author.value())
			.param("max", max)
			.query((row, number) -> new Entry(row.getString("title"),
					"/articles/" + row.getString("slug") + "#commentaire-" + row.getObject("id"),
					excerpt(row.getString("body_markdown")), row.getTimestamp("created_at").toInstant()))
			.list();
	}

	private static String excerpt(String markdown) {
		var text = Markdown.toPlainText(markdown).strip().replaceAll("\\s+", " ");
		return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
	}

}
