package org.cercle.app.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;

import org.cercle.app.database.DirectConnections;

/**
 * Tells this instance that what readers see has changed, whichever instance changed it:
 * the database sends a notification on {@code cercle_content} when a transaction that
 * wrote a table readers see commits, and a thread of ours listens for it on a connection
 * of its own (outside the pool). Each notification moves the {@linkplain #generation()
 * generation} on; a page cached under an older generation is never used again.
 *
 * <p>
 * While the listening connection is down, nothing says what changed, so
 * {@link #isListening()} is false (and the page cache serves nothing) until it is back;
 * the generation then moves on, for what changed meanwhile.
 */
class ContentChanges implements SmartLifecycle {

	static final String CHANNEL = "cercle_content";

	/**
	 * Where the database names a session that changed or ended (its id; empty: forget
	 * them all), for {@link RememberedSessions}.
	 */
	static final String SESSIONS_CHANNEL = "cercle_sessions";

	static final String APPLICATION_NAME = "cercle-content-changes";

	private static final Logger log = LoggerFactory.getLogger(ContentChanges.class);

	private final JdbcConnectionDetails database;

	private final Duration retryAfter;

	private final AtomicLong generation = new AtomicLong();

	private final AtomicLong sessionChanges = new AtomicLong();

	private volatile Consumer<String> sessionListener = session -> {
	};

	private final List<Runnable> contentListeners = new CopyOnWriteArrayList<>();

	private volatile boolean listening;

	private volatile boolean running;

	private volatile int backendProcess;

	private boolean complained;

	private volatile @Nullable Connection connection;

	ContentChanges(JdbcConnectionDetails database, Duration retryAfter) {
		this.database = database;
		this.retryAfter = retryAfter;
	}

	/**
	 * Moves on with every change; compare it before and after rendering what it should
	 * cover.
	 */
	long generation() {
		return generation.get();
	}

	/**
	 * Moves on with every session that changes or ends, on any instance (and when the
	 * changes could not be heard for a while).
	 */
	long sessionChanges() {
		return sessionChanges.get();
	}

	/**
	 * Who is told the id of each session that changed or ended (an empty id: any of
	 * them).
	 */
	void onSessionChange(Consumer<String> listener) {
		this.sessionListener = listener;
	}

	/**
	 * Who is told, right after the generation moved on or the changes stopped being
	 * heard, that what was cached may no longer be shown (on the thread that heard it:
	 * keep it short, never throw).
	 */
	void addContentListener(Runnable listener) {
		contentListeners.add(listener);
	}

	void removeContentListener(Runnable listener) {
		contentListeners.remove(listener);
	}

	private void contentChanged() {
		contentListeners.forEach(Runnable::run);
	}

	/** Whether changes are being heard now; if not, nothing cached may be trusted. */
	boolean isListening() {
		return listening;
	}

	/**
	 * The database's process id of the listening connection (for operators and tests).
	 */
	int backendProcess() {
		return backendProcess;
	}

	/**
	 * For a change this instance knows it just made: no need to wait for the database to
	 * say so.
	 */
	void changedHere() {
		generation.incrementAndGet();
		contentChanged();
	}

	@Override
	public void start() {
		running = true;
		var thread = new Thread(this::listenWhileRunning, APPLICATION_NAME);
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Closing the connection wakes the listening thread, which then sees it must stop.
	 */
	@Override
	public void stop() {
		running = false;
		listening = false;
		contentChanged();
		var current = connection;
		if (current != null) {
			try {
				current.close();
			}
			catch (SQLException ex) {
				log.debug("Closing the listening connection failed", ex);
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listenWhileRunning() {
		while (running) {
			try (var opened = connect()) {
				connection = opened;
				listen(opened);
			}
			catch (SQLException ex) {
				if (running && !complained) {
					log.warn("Cannot hear content changes ({}); anonymous pages are not cached until this is mended",
							ex.getMessage());
					complained = true;
				}
				listening = false;
				contentChanged();
				pause();
			}
			finally {
				connection = null;
			}
		}
	}

	private void listen(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("listen " + CHANNEL);
			statement.execute("listen " + SESSIONS_CHANNEL);
		}
		var notifications = connection.unwrap(PGConnection.class);
		backendProcess = notifications.getBackendPID();
		generation.incrementAndGet();
		sessionChanged("");
		listening = true;
		contentChanged();
		if (complained) {
			log.info("Hearing content changes again");
			complained = false;
		}
		while (running) {
			var heard = notifications.getNotifications((int) Duration.ofSeconds(5).toMillis());
			if (heard == null || heard.length == 0) {
				checkAlive(connection);
				continue;
			}
			var content = false;
			for (var notification : heard) {
				if (SESSIONS_CHANNEL.equals(notification.getName())) {
					sessionChanged(notification.getParameter());
				}
				else {
					content = true;
				}
			}
			if (content) {
				generation.incrementAndGet();
				contentChanged();
			}
		}
	}

	private void sessionChanged(String id) {
		sessionChanges.incrementAndGet();
		sessionListener.accept(id);
	}

	/** A quiet connection may be a dead one: ask it something small now and then. */
	private static void checkAlive(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("select 1");
		}
	}

	private Connection connect() throws SQLException {
		return DirectConnections.open(database, APPLICATION_NAME, java.util.Map.of("tcpKeepAlive", "true"));
	}

	private void pause() {
		try {
			Thread.sleep(retryAfter.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
