package org.cercle.testsupport;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/** Sessions as the tests store and read them back from PostgreSQL. */
public final class StoredSessions {

	private StoredSessions() {
	}

	/** A new session, stored with its last access ten minutes ago. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static Session tenMinutesOld(FindByIndexNameSessionRepository sessions) {
		Session session = sessions.createSession();
		session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(10)));
		sessions.save(session);
		return session;
	}

	/** The last access PostgreSQL holds for the session, in milliseconds. */
	public static long lastAccess(JdbcClient jdbc, String id) {
		return jdbc.sql("select last_access_time from spring_session where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
