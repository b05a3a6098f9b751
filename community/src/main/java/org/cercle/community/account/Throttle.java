package org.cercle.community.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

	/**
	 * One attempt, counted before it is judged: the attempt is recorded first, then the
	 * attempts within the window are counted, so that simultaneous attempts can never all
	 * pass a check made before any of them was recorded (the n-th recorded sees at least
	 * n).
	 */
	record Attempt(long id, long count) {

		boolean over(int max) {
			return count > max;
		}

	}

	// each statement commits on its own, outside any caller's transaction: the attempt is
	// seen by every other one before it is counted
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	Attempt attempt(Kind kind, String subject, Duration window) {
		var now = clock.instant();
		forgetOld(kind, subject, now);
		var id = jdbc.sql(
				"insert into community_throttle_event (kind, subject, occurred_at) values (:kind, :subject, :at) returning id")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		return new Attempt(id, count(kind, subject, window));
	}

	/**
	 * Takes an attempt back: it was refused without being tried, or it succeeded and must
	 * not count as a failure.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void forget(Attempt attempt) {
		jdbc.sql("delete from community_throttle_event where id = :id").param("id", attempt.id()).update();
	}

	boolean reached(Kind kind, String subject, int max, Duration window) {
		return count(kind, subject, window) >= max;
	}

	private long count(Kind kind, String subject, Duration window) {
		var since = Timestamp.from(clock.instant().minus(window));
		return jdbc.sql("""
				select count(*) from community_throttle_event
				where kind = :kind and subject = :subject and occurred_at > :since""")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("since", since)
			.query(Long.class)
			.single();
	}

	void record(Kind kind, String subject) {
		var now = clock.instant();
		forgetOld(kind, subject, now);
		jdbc.sql("insert into community_throttle_event (kind, subject, occurred_at) values (:kind, :subject, :at)")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("at", Timestamp.from(now))
			.update();
	}

	private void forgetOld(Kind kind, String subject, java.time.Instant now) {
		jdbc.sql(
				"delete from community_throttle_event where kind = :kind and subject = :subject and occurred_at < :old")
			.param("kind", kind.name())
			.param("subject", subject)
			.param("old", Timestamp.from(now.minus(KEPT)))
			.update();
	}

	void clear(Kind kind, String subject) {
		jdbc.sql("delete from community_throttle_event where kind = :kind and subject = :subject")
			.param("kind", kind.name())
			.param("subject", subject)
			.update();
	}

}
