package org.cercle.events;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import org.cercle.feed.Announcement;
import org.cercle.feed.StreamAnnouncements;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/**
 * A failing delivery of an announcement stays in the publication registry and succeeds
 * when resubmitted.
 */
@IntegrationTest
class AnnouncementRetryIntegrationTests {

	@MockitoSpyBean
	StreamAnnouncements stream;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedAnnouncementIsRetriedAndNotLost() throws Exception {
		var event = new EventId(UUID.randomUUID());
		var slug = "matinee-resiliente-" + event.value().toString().substring(0, 8);
		var failedOnce = new AtomicBoolean();
		doAnswer(invocation -> {
			var announcement = invocation.getArgument(0, Announcement.class);
			if (announcement.path().endsWith(slug) && failedOnce.compareAndSet(false, true)) {
				throw new IllegalStateException("the feed is down");
			}
			return invocation.callRealMethod();
		}).when(stream).announce(any());
		transactions
			.executeWithoutResult(status -> publisher.publishEvent(new EventPublished(event, slug, "Matinée résiliente",
					"Elle survit à une panne.", Instant.parse("2030-01-01T07:00:00Z"), Instant.now())));

		verify(stream, timeout(5000).atLeastOnce())
			.announce(argThat(announcement -> announcement.path().endsWith(slug)));
		EventAnnouncementsIntegrationTests.eventually(() -> jdbc.sql("""
				select count(*) from event_publication
				where serialized_event like :slug and completion_date is null and status = 'FAILED'""")
			.param("slug", "%" + slug + "%")
			.query(Long.class)
			.single() == 1);
		assertThat(count(slug)).isZero();

		incomplete.resubmitIncompletePublications(publication -> true);

		EventAnnouncementsIntegrationTests.eventually(() -> count(slug) == 1);
		EventAnnouncementsIntegrationTests.eventually(() -> jdbc.sql("""
				select count(*) from event_publication where serialized_event like :slug and completion_date is null""")
			.param("slug", "%" + slug + "%")
			.query(Long.class)
			.single() == 0);
	}

	private long count(String slug) {
		return jdbc.sql("select count(*) from feed_announcement where path = :path")
			.param("path", "/events/" + slug)
			.query(Long.class)
			.single();
	}

}
