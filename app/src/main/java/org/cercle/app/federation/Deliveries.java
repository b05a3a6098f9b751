package org.cercle.app.federation;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outgoing activities' durable outbox ({@code app_delivery}), shaped like the mail
 * outbox: a row per inbox written in the transaction of its cause, claimed by a worker
 * with {@code FOR UPDATE SKIP LOCKED} and a lease, retried with exponential back-off; a
 * failure also holds back the other activities due to the same domain.
 */
@Component
class Deliveries {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	Deliveries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Queues one activity for each inbox, once per inbox. */
	void queue(Signing signer, Map<String, Object> activity, Collection<String> inboxes) {
		var body = JSON.writeValueAsString(activity);
		var now = Timestamp.from(clock.instant());
		for (var inbox : new LinkedHashSet<>(inboxes)) {
			jdbc.sql(
					"""
							insert into app_delivery (id, actor, key_id, inbox, domain, body, status, next_attempt_at, created_at)
							values (:id, :actor, :key, :inbox, :domain, :body, 'QUEUED', :now, :now)""")
				.param("id", UUID.randomUUID())
				.param("actor", signer.actor())
				.param("key", signer.keyId())
				.param("inbox", inbox)
				.param("domain", String.valueOf(URI.create(inbox).getHost()))
				.param("body", body)
				.param("now", now)
				.update();
		}
	}

	List<Claimed> claim(String worker, int batch, Instant now, Instant until) {
		return jdbc
			.sql("""
					update app_delivery d set claimed_by = :worker, claimed_until = :until, attempts = d.attempts + 1
					from (select id from app_delivery
					      where status = 'QUEUED' and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
					      order by next_attempt_at, created_at limit :batch for update skip locked) due
					where d.id = due.id
					returning d.id, d.actor, d.key_id, d.inbox, d.domain, d.body, d.attempts""")
			.param("worker", worker)
			.param("until", Timestamp.from(until))
			.param("now", Timestamp.from(now))
			.param("batch", batch)
			.query((rs, row) -> new Claimed(rs.getObject("id", UUID.class),
					new Signing(rs.getString("actor"), rs.getString("key_id")), rs.getString("inbox"),
					rs.getString("domain"), rs.getString("body"), rs.getInt("attempts")))
			.list();
	}

	void sent(UUID id, String worker) {
		jdbc.sql(
				"""
						update app_delivery set status = 'SENT', sent_at = :now, claimed_until = null, last_error = null, body = ''
						where id = :id and claimed_by = :worker and status = 'QUEUED'""")
			.param("id", id)
			.param("worker", worker)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * A failed attempt: this delivery waits until {@code next} (or is given up after the
	 * last attempt), and so do the others due to the same domain.
	 */
	void failed(Claimed delivery, String worker, String error, Instant next, int maxAttempts, boolean permanent) {
		jdbc.sql("""
				update app_delivery set claimed_until = null, last_error = :error, next_attempt_at = :next,
				    status = case when attempts >= :max or :permanent then 'FAILED' else 'QUEUED' end
				where id = :id and claimed_by = :worker and status = 'QUEUED'""")
			.param("id", delivery.id())
			.param("worker", worker)
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.param("next", Timestamp.from(next))
			.param("max", maxAttempts)
			.param("permanent", permanent)
			.update();
		if (!permanent) {
			jdbc.sql("""
					update app_delivery set next_attempt_at = :next
					where domain = :domain and status = 'QUEUED' and next_attempt_at < :next and id <> :id""")
				.param("domain", delivery.domain())
				.param("next", Timestamp.from(next))
				.param("id", delivery.id())
				.update();
		}
	}

	/** How many deliveries are waiting, delivered and given up. */
	Map<String, Long> counts() {
		var counts = new java.util.TreeMap<String, Long>(Map.of("QUEUED", 0L, "SENT", 0L, "FAILED", 0L));
		jdbc.sql("select status, count(*) as n from app_delivery group by status")
			.query((rs, row) -> counts.put(rs.getString("status"), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * The latest deliveries given up or waiting after a failure: inbox, error, attempts.
	 */
	List<Failure> failures() {
		return jdbc.sql("""
				select inbox, last_error, attempts, status from app_delivery
				where last_error is not null and status <> 'SENT' order by next_attempt_at desc limit 20""")
			.query((rs, row) -> new Failure(rs.getString("inbox"), rs.getString("last_error"), rs.getInt("attempts"),
					rs.getString("status")))
			.list();
	}

	record Failure(String inbox, String error, int attempts, String status) {
	}

	/** Who signs a delivery: the local actor's key name and its key's address. */
	record Signing(String actor, String keyId) {
	}

	record Claimed(UUID id, Signing signer, String inbox, String domain, String body, int attempts) {
	}

}
