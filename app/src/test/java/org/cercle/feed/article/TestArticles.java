package org.cercle.feed.article;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.cercle.community.MemberId;

/**
 * Creates articles for tests, each with a unique slug. Published ones are dated in 2001
 * (before all demo content), one minute apart, so that they never lead the home stream
 * the other tests look at.
 */
@Component
public class TestArticles {

	private static final AtomicLong MINUTES = new AtomicLong();

	private final Articles articles;

	private final TransactionTemplate transactions;

	TestArticles(Articles articles, TransactionTemplate transactions) {
		this.articles = articles;
		this.transactions = org.cercle.testsupport.AppTransactions.of(transactions, TestArticles.class);
	}

	/** A published article by the member; returns its slug. */
	public String published(UUID author) {
		return create(author, true);
	}

	/** A draft by the member; returns its slug. */
	public String draft(UUID author) {
		return create(author, false);
	}

	private String create(UUID author, boolean publish) {
		var slug = "article-de-test-" + UUID.randomUUID().toString().substring(0, 8);
		var at = Instant.parse("2001-01-01T08:00:00Z").plusSeconds(60 * MINUTES.incrementAndGet());
		transactions.executeWithoutResult(status -> {
			var article = new Article(slug, "Article de test " + slug, "Un résumé.", "Un texte à commenter.",
					new MemberId(author), at);
			if (publish) {
				article.publish(at);
			}
			articles.save(article);
		});
		return slug;
	}

}
