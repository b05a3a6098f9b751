package org.cercle.feed.article;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.cercle.feed.ArticleSearch;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search ranks only the newest title-and-summary matches of a word (the pool), taken
 * among the newest articles (the window) when those hold enough of them, so that a word
 * found in a fifth of a million articles costs what a rarer one does. One old article has
 * the word in its title (the best rank); 250 newer ones, the newest of all, have it in
 * their summary. Each case runs in a transaction rolled back at its end, so the other
 * tests never see these articles.
 */
@IntegrationTest
class ArticleSearchRankPoolIntegrationTests {

	private static final String WORD = "quetzalcoatlisme";

	private static final String ORIGIN = "Le " + WORD + " des origines";

	private static final int NEWER = 250;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aWordFoundInFewerArticlesThanThePoolIsRankedAcrossAllOfThem() {
		var titles = searched(1000, 50_000);

		assertThat(titles).hasSize(11).first().isEqualTo(ORIGIN);
	}

	@Test
	void aWordFoundInMoreArticlesThanThePoolIsRankedAmongTheNewestOnly() {
		var titles = searched(200, 50_000);

		assertThat(titles).hasSize(11).doesNotContain(ORIGIN).allMatch(title -> title.startsWith("Chronique "));
	}

	@Test
	void aWordFoundOftenEnoughAmongTheNewestArticlesIsRankedAmongThem() {
		var titles = searched(1000, NEWER);

		assertThat(titles).hasSize(11).doesNotContain(ORIGIN).allMatch(title -> title.startsWith("Chronique "));
	}

	@Test
	void aWordFoundTooRarelyAmongTheNewestArticlesIsRankedAcrossAllOfThem() {
		var titles = searched(1000, 100);

		assertThat(titles).hasSize(11).first().isEqualTo(ORIGIN);
	}

	private List<String> searched(int pool, int window) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			articles();
			return new PostgresArticleSearch(jdbc, pool, new RecentArticles(jdbc, window)).search(WORD, 11)
				.stream()
				.map(ArticleSearch.Hit::title)
				.toList();
		});
	}

	private void articles() {
		jdbc.sql(
				"""
						insert into feed_article (id, slug, title, summary, body_markdown, author_id, status, published_at, updated_at, reading_minutes)
						values (gen_random_uuid(), 'rang-origines', :title, 'Un résumé ordinaire.', 'Un corps ordinaire.', :author,
						        'PUBLISHED', timestamptz '2001-01-01 09:00+01', now(), 1)""")
			.param("title", ORIGIN)
			.param("author", UUID.randomUUID())
			.update();
		jdbc.sql(
				"""
						insert into feed_article (id, slug, title, summary, body_markdown, author_id, status, published_at, updated_at, reading_minutes)
						select gen_random_uuid(), 'rang-chronique-' || n, 'Chronique ' || n, 'Où il est question de ' || :word || '.',
						       'Un corps ordinaire.', :author, 'PUBLISHED', timestamptz '2090-01-01 09:00+01' + n * interval '1 day', now(), 1
						from generate_series(1, :newer) n""")
			.param("word", WORD)
			.param("author", UUID.randomUUID())
			.param("newer", NEWER)
			.update();
	}

}
