package org.cercle.app;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators reach on the public port: health probes, not metrics; and what the
 * metrics measure.
 */
@IntegrationTest
class OperationsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MeterRegistry meters;

	@Test
	void probesAnswerOnThePublicPort() {
		for (var path : new String[] { "/actuator/health/liveness", "/actuator/health/readiness", "/livez",
				"/readyz" }) {
			assertThat(mvc.get().uri(path).exchange()).as(path).hasStatusOk().bodyText().contains("UP");
		}
	}

	@Test
	void metricsAreNotOnThePublicPort() {
		assertThat(mvc.get().uri("/actuator/prometheus").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/actuator/metrics").exchange().getResponse().getStatus()).isNotEqualTo(200);
	}

	@Test
	void requestsAreMeasuredWholeNotSecurityFilterByFilter() {
		assertThat(mvc.get().uri("/articles").exchange()).hasStatusOk();
		assertThat(meters.find("http.server.requests").timers()).isNotEmpty();
		assertThat(meters.find("spring.security.filterchains").meters()).isEmpty();
		assertThat(meters.find("spring.security.authorizations").meters()).isEmpty();
	}

}
