package org.cercle.feed.article;

import java.sql.Timestamp;
import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes scheduled articles once their time has come, without anyone acting. The job
 * runs on one instance at a time (ShedLock, table {@code shedlock}); and even two runs at
 * once publish each article exactly once, because one conditional UPDATE flips it and
 * PostgreSQL re-checks the condition for a row another transaction just changed.
 */
@Component
class ScheduledPublishing {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Articles articles;

	private final ApplicationEventPublisher publisher;

	ScheduledPublishing(JdbcClient jdbc, Clock clock, Articles articles, ApplicationEventPublisher publisher) {
		this.articles = articles;
		this.publisher = publisher;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${cercle.articles.publish-check:PT30S}", initialDelayString = "PT5S")
	@SchedulerLock(name = "feed.article.publish-due", lockAtMostFor = "PT5M")
	@Transactional
	public void run() {
		var published = publishDue();
		if (published > 0) {
			log.info("Published {} scheduled article(s)", published);
		}
	}

	/**
	 * Publishes every scheduled article whose time has come; returns how many this call
	 * published.
	 */
	@Transactional
	int publishDue() {
		var published = jdbc.sql("""
				update feed_article
				set status = 'PUBLISHED', published_at = scheduled_at, scheduled_at = null, updated_at = :now
				where status = 'SCHEDULED' and scheduled_at <= :now
				returning id""").param("now", Timestamp.from(clock.instant())).query(java.util.UUID.class).list();
		articles.findAllById(published).forEach(article -> publisher.publishEvent(article.published()));
		return published.size();
	}

}
