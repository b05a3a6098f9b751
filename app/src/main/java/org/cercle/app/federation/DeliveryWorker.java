package org.cercle.app.federation;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.cercle.shared.Wakeup;

/**
 * Delivers the activities due, signed by their actor, on every instance and never inside
 * a request: every {@code cercle.federation.poll}, and at once when an activity is
 * committed here. A 2xx is delivered; a 4xx other than 408 and 429 is given up at once
 * (the other server will not take it); anything else is retried later.
 */
@Component
class DeliveryWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final int BATCH = 20;

	private final Deliveries deliveries;

	private final ActorKeys keys;

	private final RemoteFetch fetch;

	private final FederationSettings settings;

	private final Clock clock;

	private final String name = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final ReentrantLock running = new ReentrantLock();

	private final Wakeup wakeup = new Wakeup("activitypub-delivery", this::deliverDue);

	DeliveryWorker(Deliveries deliveries, ActorKeys keys, RemoteFetch fetch, FederationSettings settings, Clock clock) {
		this.deliveries = deliveries;
		this.keys = keys;
		this.fetch = fetch;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Wakes the worker once the current transaction commits (at once when there is none).
	 */
	void wakeAfterCommit() {
		wakeup.afterCommit();
	}

	/** Delivers every activity due, batch after batch; returns how many were tried. */
	@Scheduled(fixedDelayString = "${cercle.federation.poll:PT1S}", initialDelayString = "PT3S")
	int deliverDue() {
		if (!running.tryLock()) {
			return 0;
		}
		try {
			var tried = 0;
			int batch;
			do {
				var now = clock.instant();
				var due = deliveries.claim(name, BATCH, now, now.plus(settings.lease()));
				due.forEach(this::deliver);
				batch = due.size();
				tried += batch;
			}
			while (batch == BATCH);
			return tried;
		}
		catch (RuntimeException databaseDown) {
			log.warn("ActivityPub deliveries: could not deliver now ({})", databaseDown.getMessage());
			return 0;
		}
		finally {
			running.unlock();
		}
	}

	private void deliver(Deliveries.Claimed delivery) {
		var body = delivery.body().getBytes(StandardCharsets.UTF_8);
		var inbox = URI.create(delivery.inbox());
		try {
			var headers = HttpSignatures.signPost(inbox, body, delivery.signer().keyId(),
					keys.privateKey(delivery.signer().actor()), clock.instant());
			var status = fetch.post(inbox, headers, body);
			if (status >= 200 && status < 300) {
				deliveries.sent(delivery.id(), name);
				return;
			}
			var permanent = status >= 400 && status < 500 && status != 408 && status != 429;
			failed(delivery, delivery.domain() + " answered " + status, permanent);
		}
		catch (RemoteFetch.RemoteFailure failure) {
			failed(delivery, failure.getMessage(), failure.getMessage().startsWith("refused"));
		}
	}

	private void failed(Deliveries.Claimed delivery, String error, boolean permanent) {
		deliveries.failed(delivery, name, error, clock.instant().plus(settings.backoff(delivery.attempts())),
				settings.maxAttempts(), permanent);
		log.warn("ActivityPub delivery to {} failed (attempt {} of {}{}): {}", delivery.inbox(), delivery.attempts(),
				settings.maxAttempts(), permanent ? ", given up" : "", error);
	}

	@Override
	public void destroy() {
		wakeup.close();
	}

}
