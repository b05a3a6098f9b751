package org.cercle.app.operations;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM, first says "not ready" ({@code /readyz} answers 503) and keeps serving for
 * {@code cercle.shutdown.grace} (5 seconds by default), the time a proxy or Kubernetes
 * takes to notice and stop sending requests; only then does Boot's graceful shutdown stop
 * taking new connections and wait for the requests in flight. Without it, a request
 * arriving in the first instant of a shutdown met a closed port (a 502 from nginx).
 */
@Component
class Drain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Drain.class);

	private final ApplicationEventPublisher events;

	private final Duration grace;

	private volatile boolean running;

	Drain(ApplicationEventPublisher events, @Value("${cercle.shutdown.grace:5s}") Duration grace) {
		this.events = events;
		this.grace = grace;
	}

	private volatile boolean refused;

	/** No one to drain for: the instance stops itself (a training run). */
	private volatile boolean withoutGrace;

	/**
	 * The next stop keeps no grace: nothing routes requests to an instance that stops
	 * itself.
	 */
	void skipGrace() {
		withoutGrace = true;
	}

	/**
	 * At the first start, Boot says "ready" once the application has started; a context
	 * stopped and started again (as the test framework pauses cached contexts) is ready
	 * again here.
	 */
	@Override
	public void start() {
		running = true;
		if (refused) {
			refused = false;
			AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

	/** Stopped first of all (the highest phase), before the web server stops. */
	@Override
	public void stop() {
		running = false;
		refused = true;
		AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
		if (grace.isZero() || withoutGrace) {
			return;
		}
		log.info("Shutting down: not ready any more, still serving requests for {} s", grace.toSeconds());
		try {
			Thread.sleep(grace.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
