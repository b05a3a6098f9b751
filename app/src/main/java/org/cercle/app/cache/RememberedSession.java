package org.cercle.app.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * A session as one request sees it ({@link RememberedSessions}): read from a copy until
 * the request changes something other than its last access; from then on, the session as
 * the database holds it, read again and changed in its place, so that saving writes
 * exactly what changed.
 */
final class RememberedSession implements Session {

	private final RememberedSessions sessions;

	private final MapSession copy;

	private final String readAs;

	private final Instant storedAccess;

	private @Nullable Session written;

	private boolean ended;

	RememberedSession(RememberedSessions sessions, MapSession copy) {
		this.sessions = sessions;
		this.copy = copy;
		this.readAs = copy.getId();
		this.storedAccess = copy.getLastAccessedTime();
	}

	/** The session to change: the database's, read once (a copy if it has just ended). */
	private Session writable() {
		if (written == null) {
			var stored = sessions.read(readAs);
			if (stored == null) {
				ended = true;
				written = copy;
			}
			else {
				stored.setLastAccessedTime(copy.getLastAccessedTime());
				written = stored;
			}
		}
		return written;
	}

	private Session readable() {
		return written != null ? written : copy;
	}

	void saveTo(RememberedSessions sessions) {
		if (written == null
				&& Duration.between(storedAccess, copy.getLastAccessedTime()).compareTo(sessions.touchEvery()) >= 0
				&& sessions.undertakesTouch(readAs, storedAccess)) {
			writable();
		}
		if (written != null && !ended) {
			sessions.write(written, readAs);
		}
	}

	@Override
	public String getId() {
		return readable().getId();
	}

	@Override
	public String changeSessionId() {
		return writable().changeSessionId();
	}

	@Override
	public <T> @Nullable T getAttribute(String name) {
		return readable().getAttribute(name);
	}

	@Override
	public Set<String> getAttributeNames() {
		return readable().getAttributeNames();
	}

	@Override
	public void setAttribute(String name, @Nullable Object value) {
		writable().setAttribute(name, value);
	}

	@Override
	public void removeAttribute(String name) {
		writable().removeAttribute(name);
	}

	@Override
	public Instant getCreationTime() {
		return readable().getCreationTime();
	}

	@Override
	public void setLastAccessedTime(Instant lastAccessedTime) {
		copy.setLastAccessedTime(lastAccessedTime);
		if (written != null) {
			written.setLastAccessedTime(lastAccessedTime);
		}
	}

	@Override
	public Instant getLastAccessedTime() {
		return readable().getLastAccessedTime();
	}

	@Override
	public void setMaxInactiveInterval(Duration interval) {
		writable().setMaxInactiveInterval(interval);
	}

	@Override
	public Duration getMaxInactiveInterval() {
		return readable().getMaxInactiveInterval();
	}

	@Override
	public boolean isExpired() {
		return readable().isExpired();
	}

}
