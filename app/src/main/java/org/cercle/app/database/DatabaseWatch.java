package org.cercle.app.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;

/**
 * Knows, within about a second, whether PostgreSQL answers: a thread of its own asks
 * {@code select 1} every {@code cercle.database.watch-every} on a connection outside the
 * pool, with a one-second connect and read timeout. Its answer is the {@code database}
 * health indicator, part of readiness: a proxy stops sending requests to an instance that
 * has lost its database, and sends them again once it is back. Asking the health endpoint
 * never waits on the pool.
 */
public class DatabaseWatch implements SmartLifecycle, HealthIndicator {

	static final String APPLICATION_NAME = "cercle-database-watch";

	private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);

	private final JdbcConnectionDetails database;

	private final Duration every;

	private volatile boolean reachable = true;

	private volatile boolean running;

	private @Nullable Connection connection;

	DatabaseWatch(JdbcConnectionDetails database, Duration every) {
		this.database = database;
		this.every = every;
	}

	/** Whether PostgreSQL answered the last question. */
	public boolean reachable() {
		return reachable;
	}

	@Override
	public Health health() {
		return reachable ? Health.up().build() : Health.down().build();
	}

	@Override
	public void start() {
		running = true;
		var thread = new Thread(this::watchWhileRunning, APPLICATION_NAME);
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void watchWhileRunning() {
		while (running) {
			var answered = answers();
			if (answered != reachable) {
				if (answered) {
					log.info("PostgreSQL answers again: ready for requests");
				}
				else {
					log.warn("PostgreSQL does not answer: not ready for requests until it does");
				}
				reachable = answered;
			}
			try {
				Thread.sleep(every.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				running = false;
			}
		}
		close();
	}

	/**
	 * A connection that fails may only be a stale one (its server process was ended, the
	 * database itself still answers): a fresh one is tried at once before saying no.
	 */
	private boolean answers() {
		var reused = connection != null;
		if (asked()) {
			return true;
		}
		return reused && asked();
	}

	private boolean asked() {
		try {
			if (connection == null) {
				connection = connect();
			}
			try (var statement = connection.createStatement()) {
				statement.execute("select 1");
			}
			return true;
		}
		catch (SQLException ex) {
			close();
			return false;
		}
	}

	private Connection connect() throws SQLException {
		return DirectConnections.open(database, APPLICATION_NAME,
				java.util.Map.of("connectTimeout", "1", "socketTimeout", "1", "loginTimeout", "1"));
	}

	private void close() {
		var current = connection;
		connection = null;
		if (current != null) {
			try {
				current.close();
			}
			catch (SQLException ex) {
				log.debug("Closing the watching connection failed", ex);
			}
		}
	}

}
