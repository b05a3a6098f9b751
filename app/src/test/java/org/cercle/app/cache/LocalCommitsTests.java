package org.cercle.app.cache;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.TransactionExecution;

import org.cercle.app.database.LocalPostgresConnection;
import static org.assertj.core.api.Assertions.assertThat;

/** Which commits of this instance count as a change at once. */
class LocalCommitsTests {

	private final ContentChanges changes = new ContentChanges(new LocalPostgresConnection(1), Duration.ofSeconds(1));

	private final LocalCommits commits = new LocalCommits(changes);

	@Test
	void aCommittedReadWriteTransactionOfOursIsAChange() {
		commits.afterCommit(transaction("org.cercle.events.registration.Seats.register", false), null);
		assertThat(changes.generation()).isEqualTo(1);
	}

	@Test
	void readOnlyFailedAndForeignTransactionsAreNot() {
		commits.afterCommit(transaction("org.cercle.feed.article.ArticleQueries.detail", true), null);
		commits.afterCommit(transaction("org.cercle.feed.comment.Commenting.post", false), new IllegalStateException());
		commits.afterCommit(transaction("", false), null); // Spring Session saving a
															// session
		assertThat(changes.generation()).isZero();
	}

	@Test
	void aScheduledJobsCommitIsHeardFromTheDatabaseInstead() throws Exception {
		var job = new Thread(
				() -> commits.afterCommit(transaction("org.cercle.feed.article.ScheduledPublishing.run", false), null),
				LocalCommits.JOB_THREADS + "1");
		job.start();
		job.join();
		assertThat(changes.generation()).isZero();
	}

	private static TransactionExecution transaction(String name, boolean readOnly) {
		return new TransactionExecution() {

			@Override
			public String getTransactionName() {
				return name;
			}

			@Override
			public boolean isReadOnly() {
				return readOnly;
			}

			@Override
			public boolean isNewTransaction() {
				return true;
			}

			@Override
			public void setRollbackOnly() {
			}

			@Override
			public boolean isRollbackOnly() {
				return false;
			}

			@Override
			public boolean isCompleted() {
				return true;
			}

		};
	}

}
