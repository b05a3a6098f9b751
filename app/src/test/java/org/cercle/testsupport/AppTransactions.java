package org.cercle.testsupport;

import java.util.Objects;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions for test helpers that write as the application would: named like the
 * application's own transactions, so that their changes count at once on this instance
 * (the app's LocalCommits), rather than when PostgreSQL's notification arrives, a moment
 * later.
 */
public final class AppTransactions {

	private AppTransactions() {
	}

	public static TransactionTemplate of(TransactionTemplate shared, Class<?> helper) {
		var template = new TransactionTemplate(Objects.requireNonNull(shared.getTransactionManager()));
		template.setName(helper.getName());
		return template;
	}

}
