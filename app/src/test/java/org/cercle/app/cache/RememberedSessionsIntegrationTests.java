package org.cercle.app.cache;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.SqlStatements;
import org.cercle.testsupport.StoredSessions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's requests in flight when their session's minute is up renew its last access
 * once between them: the others neither read nor write the session.
 */
@IntegrationTest
@SuppressWarnings("unchecked")
class RememberedSessionsIntegrationTests {

	@Autowired
	@SuppressWarnings("rawtypes")
	FindByIndexNameSessionRepository sessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ofTwoReadsOfTheSameStoredAccessOnlyTheFirstRenewsIt() {
		var stored = StoredSessions.tenMinutesOld(sessions);
		var start = stored.getLastAccessedTime();
		var id = stored.getId();

		RememberedSessions.requestStarts("GET");
		try {
			Session first = sessions.findById(id);
			Session second = sessions.findById(id);
			first.setLastAccessedTime(start.plusSeconds(90));
			second.setLastAccessedTime(start.plusSeconds(91));
			sessions.save(first);
			assertThat(StoredSessions.lastAccess(jdbc, id)).as("renewed by the first")
				.isEqualTo(start.plusSeconds(90).toEpochMilli());
			assertThat(SqlStatements.countedDuring(() -> sessions.save(second))).as("the second sends nothing")
				.isZero();
		}
		finally {
			RememberedSessions.requestEnds();
		}

		Session later = sessions.findById(id);
		later.setLastAccessedTime(start.plusSeconds(160));
		sessions.save(later);
		assertThat(StoredSessions.lastAccess(jdbc, id)).as("a minute after the renewed access: renewed again")
			.isEqualTo(start.plusSeconds(160).toEpochMilli());
	}

	@Test
	void aRequestThatChangesItsSessionWritesItEvenWhenAnotherRenewsTheAccess() {
		var stored = StoredSessions.tenMinutesOld(sessions);
		var start = stored.getLastAccessedTime();
		var id = stored.getId();

		RememberedSessions.requestStarts("GET");
		try {
			Session renewing = sessions.findById(id);
			Session changing = sessions.findById(id);
			renewing.setLastAccessedTime(start.plusSeconds(90));
			changing.setLastAccessedTime(start.plusSeconds(91));
			changing.setAttribute("choix", "valeur");
			sessions.save(renewing);
			sessions.save(changing);
		}
		finally {
			RememberedSessions.requestEnds();
		}
		assertThat(((Session) sessions.findById(id)).<String>getAttribute("choix")).isEqualTo("valeur");
	}

}
