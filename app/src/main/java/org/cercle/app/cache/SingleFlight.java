package org.cercle.app.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * When many requests miss the same cached value at once (after a change, or when it
 * expired), one computes it and the others wait for that value (a little while at most)
 * rather than all computing it at once on the same two cores.
 */
final class SingleFlight<V> {

	private static final Duration WAIT = Duration.ofSeconds(2);

	private final ConcurrentMap<Object, CompletableFuture<@Nullable V>> running = new ConcurrentHashMap<>();

	/** What computes the value (and may throw). */
	interface Computation<V> {

		@Nullable V compute() throws Exception;

	}

	/**
	 * The value computed by this call, or by the one already computing it when that value
	 * {@code fits} this caller (else this caller computes its own).
	 */
	@Nullable V get(Object key, Computation<V> computation, Predicate<V> fits) throws Exception {
		var mine = new CompletableFuture<@Nullable V>();
		var other = running.putIfAbsent(key, mine);
		if (other != null) {
			var theirs = await(other);
			return theirs != null && fits.test(theirs) ? theirs : computation.compute();
		}
		try {
			var value = computation.compute();
			mine.complete(value);
			return value;
		}
		finally {
			mine.complete(null);
			running.remove(key, mine);
		}
	}

	private static <V> @Nullable V await(CompletableFuture<@Nullable V> other) {
		try {
			return other.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

}
