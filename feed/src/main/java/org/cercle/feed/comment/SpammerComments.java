package org.cercle.feed.comment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.cercle.community.MemberMarkedAsSpammer;

/**
 * A member marked as a spammer: every comment of theirs is hidden at once, with the
 * reason readers see in its place (restorable one by one by a moderator).
 */
@Component
class SpammerComments {

	static final String REASON = "message indésirable";

	private final JdbcClient jdbc;

	SpammerComments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(MemberMarkedAsSpammer marked) {
		jdbc.sql("""
				update feed_comment set status = 'HIDDEN', hidden_reason = :reason
				where author_id = :member and status in ('PUBLISHED', 'PENDING', 'HELD')""")
			.param("reason", REASON)
			.param("member", marked.member().value())
			.update();
	}

}
