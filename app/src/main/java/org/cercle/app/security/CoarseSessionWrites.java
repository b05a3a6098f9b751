package org.cercle.app.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Spring Session writes a session's last access time to PostgreSQL on every request: one
 * row update and one commit per page a member reads, and every request of one session
 * waiting on the same row's lock. Here the update leaves the row alone when nothing but
 * the access time moved, by less than {@code cercle.sessions.touch-every} (a minute): a
 * session then expires at most that much early out of its fourteen days, and the digests'
 * "last visit" is known to the minute. Whatever else changes (a new id at sign-in, the
 * member, the timeout) is written at once, and reads still come from the database, so a
 * session ended on one instance is refused by all at the next request.
 */
@Component
class CoarseSessionWrites implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	/**
	 * The same parameters, in the same order, as Spring Session's own update (id, last
	 * access, timeout, expiry, principal, primary id).
	 */
	static final String UPDATE = """
			UPDATE %%TABLE_NAME%% s
			SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access, MAX_INACTIVE_INTERVAL = v.max_inactive,
			    EXPIRY_TIME = v.expiry, PRINCIPAL_NAME = v.principal
			FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access,
			             CAST(? AS INT) AS max_inactive, CAST(? AS BIGINT) AS expiry,
			             CAST(? AS VARCHAR(100)) AS principal, CAST(? AS CHAR(36)) AS primary_id) v
			WHERE s.PRIMARY_ID = v.primary_id
			AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive
			     OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal OR v.last_access - s.LAST_ACCESS_TIME >= %d)
			""";

	private final Duration touchEvery;

	CoarseSessionWrites(@Value("${cercle.sessions.touch-every:PT1M}") Duration touchEvery) {
		this.touchEvery = touchEvery;
	}

	@Override
	public void customize(JdbcIndexedSessionRepository repository) {
		repository.setUpdateSessionQuery(UPDATE.formatted(touchEvery.toMillis()));
	}

}
