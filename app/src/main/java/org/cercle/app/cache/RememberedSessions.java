package org.cercle.app.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions as PostgreSQL holds them, remembered by this instance once read, so that a
 * member's request costs no session read: a remembered session is used while the database
 * has said nothing of it ({@link ContentChanges} hears, on {@code cercle_sessions}, every
 * session that changes or ends on any instance, and forgets all of them while it cannot
 * hear), for {@code cercle.sessions.touch-every} at most.
 *
 * <p>
 * A request that only reads its session writes nothing back; its last access is written
 * when the stored one is older than {@code touch-every} (as
 * {@link JdbcIndexedSessionRepository} with Cercle's coarse update would), by one request
 * only. Anything else a request changes in its session (a new id, an attribute, the
 * timeout) is written through at once, on the session read again from the database.
 */
class RememberedSessions implements FindByIndexNameSessionRepository<Session>, DisposableBean {

	private final FindByIndexNameSessionRepository<Session> database;

	private final DisposableBean closing;

	private final ContentChanges changes;

	private final Duration touchEvery;

	private final Cache<String, MapSession> remembered;

	/** Per session, the stored last access a request has undertaken to renew. */
	private final Cache<String, Instant> touches;

	/**
	 * Whether the current request only reads (GET, HEAD): a request that may change
	 * something always reads its session from the database, so that a session ended on
	 * another instance never acts again, not even during the notification's delay.
	 */
	private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

	@SuppressWarnings({ "unchecked", "rawtypes" })
	RememberedSessions(JdbcIndexedSessionRepository database, ContentChanges changes, Duration touchEvery,
			long maxSessions) {
		// its sessions' class is not public: they are handled as sessions
		this.database = (FindByIndexNameSessionRepository) database;
		this.closing = database;
		this.changes = changes;
		this.touchEvery = touchEvery;
		this.remembered = Caffeine.newBuilder().expireAfterWrite(touchEvery).maximumSize(maxSessions).build();
		this.touches = Caffeine.newBuilder().expireAfterWrite(touchEvery).maximumSize(maxSessions).build();
		changes.onSessionChange(this::forget);
	}

	@Override
	public Session createSession() {
		return database.createSession();
	}

	@Override
	public @Nullable Session findById(String id) {
		var kept = READING.get() ? remembered.getIfPresent(id) : null;
		if (kept != null && changes.isListening() && !kept.isExpired()) {
			return new RememberedSession(this, copy(kept));
		}
		var heardBefore = changes.sessionChanges();
		var listening = changes.isListening();
		var session = database.findById(id);
		if (session == null) {
			return null;
		}
		var read = copy(session);
		if (listening && changes.sessionChanges() == heardBefore) {
			remembered.put(id, copy(read));
		}
		return new RememberedSession(this, read);
	}

	@Override
	public void save(Session session) {
		if (session instanceof RememberedSession read) {
			read.saveTo(this);
			return;
		}
		database.save(session);
		forget(session.getId());
	}

	@Override
	public void deleteById(String id) {
		database.deleteById(id);
		forget(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return Map.copyOf(database.findByIndexNameAndIndexValue(indexName, indexValue));
	}

	@Override
	public void destroy() throws Exception {
		closing.destroy();
	}

	/** The session as the database holds it now, for a write (null: it has ended). */
	@Nullable Session read(String id) {
		forget(id);
		return database.findById(id);
	}

	/**
	 * Writes what a request changed in a session read from memory, and forgets the old
	 * copy.
	 */
	void write(Session session, String readAs) {
		database.save(session);
		forget(readAs);
		forget(session.getId());
	}

	/**
	 * Whether this request renews the session's last access, stored as
	 * {@code storedAccess}: only the first of the requests that read the same remembered
	 * copy, so that a member's requests in flight when the minute is up write it once
	 * rather than each.
	 */
	boolean undertakesTouch(String id, Instant storedAccess) {
		var undertaken = new boolean[1];
		touches.asMap().compute(id, (key, earlier) -> {
			if (earlier != null && !earlier.isBefore(storedAccess)) {
				return earlier;
			}
			undertaken[0] = true;
			return storedAccess;
		});
		return undertaken[0];
	}

	/** A request begins on this thread: its session may come from memory if it reads. */
	static void requestStarts(String method) {
		READING.set("GET".equals(method) || "HEAD".equals(method));
	}

	static void requestEnds() {
		READING.remove();
	}

	Duration touchEvery() {
		return touchEvery;
	}

	private void forget(String id) {
		if (id.isEmpty()) {
			remembered.invalidateAll();
		}
		else {
			remembered.invalidate(id);
		}
	}

	/**
	 * A copy whose security context is its own: a request may empty its context in place
	 * (signing out), which must not reach the remembered one.
	 */
	private static MapSession copy(Session session) {
		var copy = new MapSession(session);
		for (var name : copy.getAttributeNames()) {
			if (copy.getAttribute(name) instanceof SecurityContext context) {
				copy.setAttribute(name, new SecurityContextImpl(context.getAuthentication()));
			}
		}
		return copy;
	}

}
