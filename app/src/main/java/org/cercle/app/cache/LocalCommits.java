package org.cercle.app.cache;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * A change committed by this instance counts at once, without waiting for the database's
 * notification: every read-write transaction of Cercle's own code (a service called by a
 * form, a scheduled job, an event listener) moves the content generation on when it
 * commits. Transactions of libraries (Spring Session saving a session on every request)
 * are not ours and do not count.
 */
@Component
class LocalCommits implements TransactionExecutionListener {

	private final ContentChanges changes;

	LocalCommits(ContentChanges changes) {
		this.changes = changes;
	}

	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		var name = transaction.getTransactionName();
		if (commitFailure == null && !transaction.isReadOnly() && name.startsWith("org.cercle.")) {
			changes.changedHere();
		}
	}

}
