package org.cercle.app.pages;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a failure to reach PostgreSQL from any other failure. */
public final class DatabaseFailures {

	/** Seconds a reader is asked to wait before trying again. */
	public static final String RETRY_AFTER_SECONDS = "10";

	private DatabaseFailures() {
	}

	/**
	 * Whether the failure, or one of its causes, says the database could not be reached,
	 * or dropped the connection: SQL states of class 08, 57P01 to 57P03 (the server
	 * shutting down or starting up, as in a restart), or the pool finding the connection
	 * closed when it rolls back.
	 */
	public static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
					|| cause instanceof SQLException sql && connectionLost(sql)) {
				return true;
			}
		}
		return false;
	}

	private static boolean connectionLost(SQLException failure) {
		var state = failure.getSQLState();
		if (state == null) {
			return "Connection is closed".equals(failure.getMessage()); // HikariCP's
																		// words
		}
		return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
	}

}
