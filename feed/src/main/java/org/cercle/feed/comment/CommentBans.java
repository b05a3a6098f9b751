package org.cercle.feed.comment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Members a moderator stopped from commenting. */
@Component
class CommentBans {

	private final JdbcClient jdbc;

	private final Clock clock;

	CommentBans(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean banned(UUID member) {
		return jdbc.sql("select exists (select 1 from feed_comment_ban where member_id = :id)")
			.param("id", member)
			.query(Boolean.class)
			.single();
	}

	/** Stops the member from commenting; false when they already were. */
	boolean ban(UUID member, UUID by, String reason) {
		return jdbc.sql("""
				insert into feed_comment_ban (member_id, banned_by, reason, created_at) values (:id, :by, :reason, :at)
				on conflict (member_id) do nothing""")
			.param("id", member)
			.param("by", by)
			.param("reason", reason)
			.param("at", Timestamp.from(clock.instant()))
			.update() == 1;
	}

	/** Lets the member comment again; false when they were not stopped. */
	boolean lift(UUID member) {
		return jdbc.sql("delete from feed_comment_ban where member_id = :id").param("id", member).update() == 1;
	}

	List<Ban> all() {
		return jdbc.sql("select member_id, reason, created_at from feed_comment_ban order by created_at desc")
			.query((rs, row) -> new Ban(rs.getObject("member_id", UUID.class), rs.getString("reason"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	record Ban(UUID member, String reason, java.time.Instant since) {
	}

}
