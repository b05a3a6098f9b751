package org.cercle.app.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * For tests that need the next read to hit a cache: commits are heard a moment after they
 * happen.
 */
final class HeardChanges {

	private HeardChanges() {
	}

	/**
	 * Waits until changes are heard and the generation has stayed the same for a tenth of
	 * a second.
	 */
	static void awaitAllHeard(ContentChanges changes) {
		var seen = new AtomicLong(-1);
		await().pollInterval(Duration.ofMillis(100))
			.atMost(Duration.ofSeconds(5))
			.until(() -> changes.isListening() && seen.getAndSet(changes.generation()) == changes.generation());
	}

}
