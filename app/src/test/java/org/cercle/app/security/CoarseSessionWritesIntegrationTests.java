package org.cercle.app.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.StoredSessions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's last access is written at most once a minute; anything else about it at
 * once.
 */
@IntegrationTest
@SuppressWarnings("unchecked")
class CoarseSessionWritesIntegrationTests {

	@Autowired
	@SuppressWarnings("rawtypes")
	FindByIndexNameSessionRepository sessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAccessWithinTheMinuteLeavesTheRowAloneAndALaterOneIsWritten() {
		var session = StoredSessions.tenMinutesOld(sessions);
		var start = session.getLastAccessedTime();
		assertThat(StoredSessions.lastAccess(jdbc, session.getId())).isEqualTo(start.toEpochMilli());

		Session again = sessions.findById(session.getId());
		again.setLastAccessedTime(start.plusSeconds(20));
		sessions.save(again);
		assertThat(StoredSessions.lastAccess(jdbc, session.getId())).as("20 s later: not written")
			.isEqualTo(start.toEpochMilli());

		Session later = sessions.findById(session.getId());
		later.setLastAccessedTime(start.plusSeconds(90));
		sessions.save(later);
		assertThat(StoredSessions.lastAccess(jdbc, session.getId())).as("90 s later: written")
			.isEqualTo(start.plusSeconds(90).toEpochMilli());
	}

	@Test
	void aNewMemberOrAttributeIsWrittenAtOnce() {
		var session = StoredSessions.tenMinutesOld(sessions);
		var start = session.getLastAccessedTime();

		Session signedIn = sessions.findById(session.getId());
		signedIn.setLastAccessedTime(start.plusSeconds(5));
		signedIn.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "un-membre");
		signedIn.setAttribute("choix", "valeur");
		sessions.save(signedIn);
		assertThat(jdbc.sql("select principal_name from spring_session where session_id = :id")
			.param("id", session.getId())
			.query(String.class)
			.single()).isEqualTo("un-membre");
		assertThat(((Session) sessions.findById(session.getId())).<String>getAttribute("choix")).isEqualTo("valeur");
		assertThat(sessions.findByPrincipalName("un-membre")).containsKey(session.getId());

		Session renamed = sessions.findById(session.getId());
		var oldId = renamed.getId();
		renamed.changeSessionId();
		sessions.save(renamed);
		assertThat(sessions.findById(oldId)).isNull();
		assertThat(sessions.findById(renamed.getId())).isNotNull();
	}

}
