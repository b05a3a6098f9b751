package org.cercle.shared;

import java.time.Duration;

/** Exponential back-off of the outboxes' retries (letters, activities). */
public final class Backoff {

	private Backoff() {
	}

	/**
	 * The delay before attempt {@code attempts + 1}, after {@code attempts} failed: the
	 * first delay, doubled at each attempt, never more than {@code atMost}.
	 */
	public static Duration after(int attempts, Duration first, Duration atMost) {
		var delay = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return delay.compareTo(atMost) > 0 ? atMost : delay;
	}

}
