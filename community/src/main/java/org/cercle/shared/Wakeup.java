package org.cercle.shared;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a worker's pass on a thread of its own as soon as there is something to do (a
 * letter or an activity just committed), instead of waiting for its next scheduled pass;
 * wake-ups that arrive while one is queued make one pass.
 */
public final class Wakeup implements AutoCloseable {

	private final Runnable pass;

	private final AtomicBoolean queued = new AtomicBoolean();

	private final ExecutorService thread;

	public Wakeup(String threadName, Runnable pass) {
		this.pass = pass;
		this.thread = Executors.newSingleThreadExecutor(runnable -> {
			var daemon = new Thread(runnable, threadName);
			daemon.setDaemon(true);
			return daemon;
		});
	}

	/** A pass soon, on the worker's own thread. */
	public void now() {
		if (queued.compareAndSet(false, true)) {
			thread.execute(() -> {
				queued.set(false);
				pass.run();
			});
		}
	}

	/** A pass once the current transaction commits (at once when there is none). */
	public void afterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			now();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				now();
			}
		});
	}

	@Override
	public void close() {
		thread.shutdownNow();
	}

}
