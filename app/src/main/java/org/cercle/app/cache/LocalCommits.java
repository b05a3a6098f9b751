package org.cercle.app.cache;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * A change committed by this instance counts at once, without waiting for the database's
 * notification: every read-write transaction of Cercle's own code (a service called by a
 * form, an event listener) moves the content generation on when it commits, so that the
 * page a member is sent back to shows their change. Transactions of libraries (Spring
 * Session saving a session on every request) are not ours and do not count, nor are those
 * of scheduled jobs: most runs find nothing to do (the notification e-mails every 15 s,
 * scheduled publishing every 30 s), and counting them emptied every cache every few
 * seconds; what a job does change is heard through the database's notification, as
 * another instance's change is.
 */
@Component
class LocalCommits implements TransactionExecutionListener {

	/** The scheduler's threads ({@code spring.task.scheduling.thread-name-prefix}). */
	static final String JOB_THREADS = "cercle-job-";

	private final ContentChanges changes;

	LocalCommits(ContentChanges changes) {
		this.changes = changes;
	}

	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		var name = transaction.getTransactionName();
		if (commitFailure == null && !transaction.isReadOnly() && name.startsWith("org.cercle.")
				&& !Thread.currentThread().getName().startsWith(JOB_THREADS)) {
			changes.changedHere();
		}
	}

}
