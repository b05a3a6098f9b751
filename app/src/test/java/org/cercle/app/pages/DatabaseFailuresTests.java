package org.cercle.app.pages;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a restarting PostgreSQL throws at requests in flight is told from other failures
 * (found by bench/cluster-trial.sh: these answered 500 before).
 */
class DatabaseFailuresTests {

	@Test
	void aConnectionTheServerTerminatedOrThePoolFoundClosedIsTheDatabaseBeingAway() {
		var terminated = new JpaSystemException(new RuntimeException(
				new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
		var closedOnRollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed")));
		var brokenPipe = new JpaSystemException(new RuntimeException(new SQLException("I/O error", "08006")));
		assertThat(DatabaseFailures.unreachable(terminated)).isTrue();
		assertThat(DatabaseFailures.unreachable(closedOnRollback)).isTrue();
		assertThat(DatabaseFailures.unreachable(brokenPipe)).isTrue();
	}

	@Test
	void otherDatabaseErrorsAreNot() {
		assertThat(DatabaseFailures.unreachable(
				new DataIntegrityViolationException("duplicate key", new SQLException("duplicate key value", "23505"))))
			.isFalse();
		assertThat(DatabaseFailures.unreachable(new IllegalStateException("boom"))).isFalse();
	}

}
