package org.cercle.feed.demo;

import java.util.List;
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

import org.cercle.community.GeneratedMembers;
import org.cercle.shared.Slugs;

/**
 * Fills the database with published articles of French-looking text for benchmarks:
 * profile {@code generate}, {@code cercle.generate.articles} articles (default 1,000),
 * two or three tags each, and twenty comments by generated members on each of the fifty
 * newest; built in PostgreSQL in batches by {@link GeneratedText} (a Zipf law over the
 * words of the demo articles and a long tail of rarer French-looking words). Never part
 * of demo content.
 */
@Component
@Profile("generate")
@Order(50)
class VolumeGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VolumeGenerator.class);

	private static final int BATCH = 5_000;

	static final List<String> TAGS = List.of("Communautés", "Entreprise 2.0", "Futur du travail", "Social CRM",
			"Smart city", "Management", "Réseaux sociaux", "Télétravail", "Innovation", "Matinées E2.0", "Données",
			"Leadership");

	static final int COMMENTED = 50;

	static final int COMMENTS_EACH = 20;

	private final JdbcClient jdbc;

	private final int count;

	private final int members;

	VolumeGenerator(JdbcClient jdbc, @Value("${cercle.generate.articles:1000}") int count,
			@Value("${cercle.generate.members:10000}") int members) {
		this.jdbc = jdbc;
		this.count = count;
		this.members = members;
	}

	private void tags() {
		for (var name : TAGS) {
			jdbc.sql(
					"insert into feed_tag (id, slug, name) values (gen_random_uuid(), :slug, :name) on conflict (slug) do nothing")
				.param("slug", Slugs.of(name))
				.param("name", name)
				.update();
		}
	}

	/** Two or three tags per generated article. */
	private void tagArticles() {
		jdbc.sql("""
				insert into feed_article_tag (article_id, tag_id)
				select a.id, t.id
				from feed_article a
				cross join lateral (select cast(substring(a.slug from 8) as integer) as n) g
				join (select id, row_number() over (order by slug) - 1 as k from feed_tag where slug = any (:slugs)) t
				  on t.k in (g.n %% :tags, (g.n * 7 + 3) %% :tags, case when g.n %% 3 = 0 then (g.n + 5) %% :tags end)
				where a.slug like 'volume-%%'
				on conflict do nothing""".formatted())
			.param("slugs", TAGS.stream().map(Slugs::of).toArray(String[]::new))
			.param("tags", TAGS.size())
			.update();
	}

	/**
	 * Twenty published comments (sixteen, and four replies to the first) on each of the
	 * newest generated articles.
	 */
	private void comments() {
		jdbc.sql(
				"""
						insert into feed_comment (id, article_id, parent_id, author_id, body_markdown, status, created_at, approved_at)
						select md5('cercle-volume-comment-' || a.id || '-' || k)::uuid, a.id,
						       case when k > 16 then md5('cercle-volume-comment-' || a.id || '-1')::uuid end,
						       %s,
						       generated_text(12 + (k * 7) %% 40, k * 1000 + a.rn), 'PUBLISHED',
						       a.published_at + k * interval '3 hours', a.published_at + k * interval '3 hours'
						from (select id, published_at, row_number() over (order by published_at desc) as rn
						      from feed_article where slug like 'volume-%%' order by published_at desc limit :commented) a,
						     generate_series(1, :each) k
						on conflict do nothing"""
					.formatted(GeneratedMembers.idSql("(a.rn * 31 + k * 17) % " + members + " + 1")))
			.param("commented", COMMENTED)
			.param("each", COMMENTS_EACH)
			.update();
	}

	@Override
	public void run(ApplicationArguments args) {
		var existing = jdbc.sql("select count(*) from feed_article where slug like 'volume-%'")
			.query(Long.class)
			.single();
		if (existing >= count) {
			log.info("Volume: {} generated articles already there", existing);
			return;
		}
		tags();
		var author = UUID.nameUUIDFromBytes("cercle-volume-author".getBytes());
		var started = System.nanoTime();
		GeneratedText.prepare(jdbc);
		for (long from = existing; from < count; from += BATCH) {
			var to = Math.min(count, from + BATCH);
			jdbc.sql(
					"""
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
		tagArticles();
		comments();
		jdbc.sql("analyze feed_article").update();
		log.info("Volume: {} articles generated in {} s", count - existing,
				(System.nanoTime() - started) / 1_000_000_000);
	}

}
