package org.cercle.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.cercle.events.EventSearch;
import org.cercle.feed.ArticleSearch;

/**
 * Search latency benchmark (profile {@code search-benchmark}): the same searches the
 * search page makes, for 20 fixed French queries, after a warm-up, then p50, p95 and p99
 * in milliseconds. Run by {@code bench/search-benchmark.sh}, which generates the data
 * first.
 */
@Component
@Profile("search-benchmark")
@Order(100)
class SearchBenchmark implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchBenchmark.class);

	static final List<String> QUERIES = List.of("communauté", "communautés", "evenement", "événements à genève",
			"coeur", "l'organisation", "télétravail", "confiance managers", "\"contrat de service\"",
			"relation clients", "marketing -mobile", "données or indicateurs", "ville intelligente", "leadership",
			"formation équipe", "gouvernance sécurité", "tiers-lieux", "aujourd'hui", "transformation culture",
			"plateforme animation modération");

	private final ArticleSearch articles;

	private final EventSearch events;

	private final org.cercle.community.CircleSearch circles;

	private final JdbcClient jdbc;

	private final int rounds;

	private final ConfigurableApplicationContext context;

	SearchBenchmark(ArticleSearch articles, EventSearch events, org.cercle.community.CircleSearch circles,
			JdbcClient jdbc, @Value("${cercle.benchmark.rounds:10}") int rounds,
			ConfigurableApplicationContext context) {
		this.circles = circles;
		this.context = context;
		this.articles = articles;
		this.events = events;
		this.jdbc = jdbc;
		this.rounds = rounds;
	}

	@Override
	public void run(ApplicationArguments args) {
		var published = jdbc.sql("select count(*) from feed_article where status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		for (int warmUp = 0; warmUp < 2; warmUp++) {
			QUERIES.forEach(this::searchOnce);
		}
		var millis = new ArrayList<Double>();
		var perQuery = new java.util.LinkedHashMap<String, List<Double>>();
		for (int round = 0; round < rounds; round++) {
			for (var query : QUERIES) {
				var started = System.nanoTime();
				searchOnce(query);
				var took = (System.nanoTime() - started) / 1_000_000.0;
				millis.add(took);
				perQuery.computeIfAbsent(query, key -> new ArrayList<>()).add(took);
			}
		}
		Collections.sort(millis);
		perQuery.forEach((query, times) -> {
			Collections.sort(times);
			log.info(String.format(java.util.Locale.ROOT, "  %-40s p50 %6.1f ms  max %6.1f ms", query,
					percentile(times, 50), times.get(times.size() - 1)));
		});
		log.info(String.format(java.util.Locale.ROOT,
				"SEARCH BENCHMARK: %d published articles, %d searches (%d queries x %d rounds): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
				published, millis.size(), QUERIES.size(), rounds, percentile(millis, 50), percentile(millis, 95),
				percentile(millis, 99), millis.get(millis.size() - 1)));
		// a benchmark run ends here: close the context (and its PostgreSQL), then the JVM
		System.exit(SpringApplication.exit(context, () -> 0));
	}

	/**
	 * What the search page does for one query: the first page of both kinds of results.
	 */
	private void searchOnce(String query) {
		articles.search(query, 11);
		events.search(query, 11);
		circles.search(query, 11, null, false);
	}

	static double percentile(List<Double> sorted, int percent) {
		var index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
