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

	private final org.springframework.context.ApplicationEventPublisher publisher;

	TestArticles(Articles articles, TransactionTemplate transactions,
			org.springframework.context.ApplicationEventPublisher publisher) {
		this.articles = articles;
		this.publisher = publisher;
		this.transactions = org.cercle.testsupport.AppTransactions.of(transactions, TestArticles.class);
	}

	/** A published article by the member; returns its slug. */
	public String published(UUID author) {
		return create(author, true);
	}

	/**
	 * A published article whose publication is told to the other modules, as the editor's
	 * « Publier » does; returns its slug.
	 */
	public String publishedAndAnnounced(UUID author, String title) {
		var slug = "article-annonce-" + UUID.randomUUID().toString().substring(0, 8);
		transactions.executeWithoutResult(status -> {
			var article = new Article(slug, title, "Un résumé.", "Un texte à commenter.", new MemberId(author),
					Instant.parse("2001-06-01T08:00:00Z"));
			article.publish(Instant.parse("2001-06-01T08:00:00Z"));
			publisher.publishEvent(articles.save(article).published());
		});
		return slug;
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
