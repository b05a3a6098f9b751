package org.cercle.app.operations;

import java.time.Duration;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopped, an instance says it is not ready; started again (a paused context resumed), it
 * says it is (found when a paused test context kept answering 503 on /readyz).
 */
class DrainTests {

	@Test
	void stoppingRefusesTrafficAndStartingAgainAcceptsIt() {
		var said = new ArrayList<Object>();
		var drain = new Drain(event -> said.add(((AvailabilityChangeEvent<?>) event).getState()), Duration.ZERO);
		drain.start();
		assertThat(said).as("the first start leaves readiness to Boot").isEmpty();
		drain.stop();
		drain.start();
		assertThat(said).containsExactly(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void anInstanceStoppingItselfKeepsNoGrace() {
		var said = new ArrayList<Object>();
		var drain = new Drain(event -> said.add(((AvailabilityChangeEvent<?>) event).getState()),
				Duration.ofMinutes(10));
		drain.start();
		drain.skipGrace();
		org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> drain.stop(),
				"a grace of ten minutes was kept");
		assertThat(said).containsExactly(ReadinessState.REFUSING_TRAFFIC);
	}

}
