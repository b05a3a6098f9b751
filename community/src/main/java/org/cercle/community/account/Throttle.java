package org.cercle.community.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts recent events (refused sign-ins, registrations) per subject in PostgreSQL, over
 * a sliding window, so that every application instance sees the same counts.
 */
@Component
class Throttle {

	enum Kind {

		SIGN_IN_ACCOUNT, SIGN_IN_ADDRESS, REGISTRATION, RESET_ACCOUNT, RESET_ADDRESS

	}

	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	Throttle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean reached(Kind kind, String subject, int max, Duration window) {
		var since = Timestamp.from(clock.instant().minus(window));
		var count = jdbc.sql("""
				select count(*) from community_throttle_event
				where kind = :kind and subject = :subject and occurred_at > :since""")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("since", since)
			.query(Long.class)
			.single();
		return count >= max;
	}

	void record(Kind kind, String subject) {
		var now = clock.instant();
		jdbc.sql(
				"delete from community_throttle_event where kind = :kind and subject = :subject and occurred_at < :old")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("old", Timestamp.from(now.minus(KEPT)))
			.update();
		jdbc.sql("insert into community_throttle_event (kind, subject, occurred_at) values (:kind, :subject, :at)")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("at", Timestamp.from(now))
			.update();
	}

	void clear(Kind kind, String subject) {
		jdbc.sql("delete from community_throttle_event where kind = :kind and subject = :subject")
			.param("kind", kind.name())
			.param("subject", subject)
			.update();
	}

}
