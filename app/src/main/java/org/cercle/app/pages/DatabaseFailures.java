package org.cercle.app.pages;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;

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
	 * Whether the failure, or one of its causes, says the database could not be reached.
	 */
	public static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
		}
		return false;
	}

}
