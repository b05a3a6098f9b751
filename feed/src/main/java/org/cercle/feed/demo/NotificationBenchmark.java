package org.cercle.feed.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.MapBindingResult;

import org.cercle.community.GeneratedMembers;
import org.cercle.feed.article.ArticleEditing;
import org.cercle.feed.article.ArticleForm;

/**
 * Fan-out benchmark (profile {@code notification-benchmark}, with {@code generate} for
 * 10,000 members; run by {@code bench/notification-benchmark.sh}): generated members 2 …
 * 10,001 follow member 1; one article of theirs is published, and the run times how long
 * until every follower has the notification, until every e-mail is queued and until the
 * outbox has sent them all to the in-process SMTP server. Then the publishing call's
 * p50/p99 over 20 articles with those 10,000 followers and 20 without any.
 */
@Component
@Profile("notification-benchmark")
@Order(200)
class NotificationBenchmark implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NotificationBenchmark.class);

	private final ArticleEditing editing;

	private final JdbcClient jdbc;

	private final ConfigurableApplicationContext context;

	NotificationBenchmark(ArticleEditing editing, JdbcClient jdbc, ConfigurableApplicationContext context) {
		this.editing = editing;
		this.jdbc = jdbc;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		try {
			var followers = Integer.parseInt(System.getProperty("cercle.benchmark.followers", "10000"));
			var author = id(1);
			var lonely = id(followers + 2);
			jdbc.sql("delete from notifications_follow").update();
			jdbc.sql("""
					insert into notifications_follow (member_id, target_type, target, created_at)
					select %s, 'AUTHOR', :author, now() from generate_series(2, :last) n"""
				.formatted(GeneratedMembers.idSql("n")))
				.param("author", author.toString())
				.param("last", followers + 1)
				.update();
			jdbc.sql("""
					insert into notifications_preference (member_id, kind, channel)
					select member_id, 'FOLLOWED_ARTICLE', 'EMAIL' from notifications_follow
					on conflict (member_id, kind) do update set channel = 'EMAIL'""").update();

			var started = System.nanoTime();
			var article = publish(author, "Fan-out");
			var published = System.nanoTime();
			while (notified(article) < followers) {
				Thread.sleep(10);
			}
			var notifiedAt = System.nanoTime();
			while (pendingEmails() > 0) {
				Thread.sleep(20);
			}
			var letters = jdbc.sql("select count(*) from mail_outbox where kind = 'notification.followed_article'")
				.query(Long.class)
				.single();
			var queuedAt = System.nanoTime();
			while (sent() < followers) {
				Thread.sleep(20);
			}
			var sentAt = System.nanoTime();
			log.info(
					"NOTIFICATION BENCHMARK: article to {} followers: published in {} ms; all notified {} ms after "
							+ "the commit; {} e-mails queued {} ms later; all sent over SMTP {} ms later",
					followers, ms(published - started), ms(notifiedAt - published), letters, ms(queuedAt - notifiedAt),
					ms(sentAt - queuedAt));

			jdbc.sql("delete from notifications_preference where kind = 'FOLLOWED_ARTICLE'").update();
			var withFollowers = new ArrayList<Double>();
			var without = new ArrayList<Double>();
			for (int i = 0; i < 20; i++) {
				var t0 = System.nanoTime();
				publish(author, "Suivi " + i);
				withFollowers.add((System.nanoTime() - t0) / 1e6);
				var t1 = System.nanoTime();
				publish(lonely, "Sans abonnés " + i);
				without.add((System.nanoTime() - t1) / 1e6);
			}
			log.info(
					"NOTIFICATION BENCHMARK: publishing p50 {} ms p99 {} ms with {} followers; p50 {} ms p99 {} ms "
							+ "without followers",
					percentile(withFollowers, 50), percentile(withFollowers, 99), followers, percentile(without, 50),
					percentile(without, 99));
		}
		finally {
			context.close();
		}
	}

	private String publish(java.util.UUID author, String title) {
		var form = new ArticleForm(title + " " + System.nanoTime(), "Un article pour mesurer la diffusion.",
				"Le texte de l'article.", "banc-d-essai", "", "");
		var errors = new MapBindingResult(new java.util.HashMap<String, Object>(), "form");
		var article = editing.save(null, form, null, false, author, false, ArticleEditing.Action.PUBLISH, errors);
		if (article == null) {
			throw new IllegalStateException("Not published: " + errors);
		}
		return "/articles/" + article.slug();
	}

	private long notified(String path) {
		return jdbc.sql("select count(*) from notifications_notification where path = :path")
			.param("path", path)
			.query(Long.class)
			.single();
	}

	private long pendingEmails() {
		return jdbc.sql("select count(*) from notifications_notification where email_state = 'PENDING'")
			.query(Long.class)
			.single();
	}

	private long sent() {
		return jdbc
			.sql("select count(*) from mail_outbox where kind = 'notification.followed_article' and status = 'SENT'")
			.query(Long.class)
			.single();
	}

	private java.util.UUID id(int n) {
		return jdbc.sql("select " + GeneratedMembers.idSql(":n")).param("n", n).query(java.util.UUID.class).single();
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	private static String percentile(List<Double> times, int percentile) {
		var sorted = times.stream().sorted().toList();
		var index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
		return String.format(Locale.ROOT, "%.1f", sorted.get(Math.max(index, 0)));
	}

}
