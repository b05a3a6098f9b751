package org.cercle.feed.article;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the database with published articles of French-looking text for benchmarks: profile
 * {@code generate}, {@code cercle.generate.articles} articles (default 100,000), built in
 * PostgreSQL in batches by {@link GeneratedText} (a Zipf law over the words of the demo articles
 * and a long tail of rarer French-looking words). Never part of demo content.
 */
@Component
@Profile("generate")
@Order(50)
class VolumeGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VolumeGenerator.class);

	private static final int BATCH = 5_000;

	private final JdbcClient jdbc;

	private final int count;

	VolumeGenerator(JdbcClient jdbc, @Value("${cercle.generate.articles:100000}") int count) {
		this.jdbc = jdbc;
		this.count = count;
	}

	@Override
	public void run(ApplicationArguments args) {
		var existing = jdbc.sql("select count(*) from feed_article where slug like 'volume-%'").query(Long.class).single();
		if (existing >= count) {
			log.info("Volume: {} generated articles already there", existing);
			return;
		}
		var author = UUID.nameUUIDFromBytes("cercle-volume-author".getBytes());
		var started = System.nanoTime();
		GeneratedText.prepare(jdbc);
		for (long from = existing; from < count; from += BATCH) {
			var to = Math.min(count, from + BATCH);
			jdbc.sql("""
					insert into feed_article (id, slug, title, summary, body_markdown, author_id, status, published_at, updated_at, reading_minutes)
					select gen_random_uuid(), 'volume-' || n,
					       initcap(generated_text(7, n * 3)), generated_text(22, n * 3 + 1), generated_text(320, n * 3 + 2),
					       :author, 'PUBLISHED', timestamptz '2010-01-01' + n * interval '37 minutes', now(), 2
					from generate_series(:from + 1, :to) as n""")
				.param("author", author)
				.param("from", from)
				.param("to", to)
				.update();
			log.info("Volume: {} / {} articles", to, count);
		}
		jdbc.sql("analyze feed_article").update();
		log.info("Volume: {} articles generated in {} s", count - existing, (System.nanoTime() - started) / 1_000_000_000);
	}

}
