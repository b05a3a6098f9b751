package org.cercle.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * One module booted alone (its neighbours' published interfaces are mocked by the test)
 * on the tests' PostgreSQL, with Spring Modulith's {@code Scenario} to assert the events
 * it publishes. No demo content, no web server, none of the app's configuration but a
 * clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(webEnvironment = WebEnvironment.NONE, extraIncludes = "shared")
@TestPropertySource(properties = { "cercle.embedded-postgres.enabled=false", "spring.profiles.active=module-test",
		// the app's database health indicator, part of readiness, is not in a module's
		// slice
		"management.endpoint.health.validate-group-membership=false",
		// the test framework pauses cached contexts: no grace period to wait each time
		"cercle.shutdown.grace=0s" })
@Import({ ModuleTestDatabase.class, ModuleTest.Clocks.class })
public @interface ModuleTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
