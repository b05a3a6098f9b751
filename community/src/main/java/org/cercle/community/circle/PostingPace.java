package org.cercle.community.circle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.cercle.shared.Refusal.Kind;

/**
 * Refuses a new discussion or reply when its author already wrote too many in the last
 * minute or day. The author's posts are counted under a lock held until the caller's
 * transaction ends, so that simultaneous posts are counted one after the other.
 */
@Component
@EnableConfigurationProperties(DiscussionRules.class)
class PostingPace {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DiscussionRules rules;

	PostingPace(JdbcClient jdbc, Clock clock, DiscussionRules rules) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.rules = rules;
	}

	/** Call inside the transaction that saves the post. */
	void check(UUID author) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "community.post:" + author)
			.query((rs, row) -> 1)
			.list();
		var now = clock.instant();
		if (postedSince(author, now.minus(Duration.ofMinutes(1))) >= rules.perMinute()) {
			throw new CircleRefused(Kind.TOO_MANY, "community.discussion.too-fast");
		}
		if (postedSince(author, now.minus(Duration.ofDays(1))) >= rules.perDay()) {
			throw new CircleRefused(Kind.TOO_MANY, "community.discussion.too-many-today");
		}
	}

	private long postedSince(UUID author, Instant since) {
		return jdbc
			.sql("""
					select (select count(*) from community_discussion where author_id = :author and created_at > :since)
					     + (select count(*) from community_discussion_reply where author_id = :author and created_at > :since)""")
			.param("author", author)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

}
