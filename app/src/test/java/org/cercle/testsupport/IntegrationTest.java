package org.cercle.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * The whole application on the tests' PostgreSQL, with the demo content loaded once.
 * Every test class using it with the same web environment shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "cercle.embedded-postgres.enabled=false", "spring.profiles.active=demo",
		"cercle.mail.embedded=true", "cercle.mail.poll=PT1H", "cercle.mail.retry-after=PT1S",
		"cercle.notifications.mail-every=PT1H", "cercle.notifications.coalesce=PT1S", "cercle.shutdown.grace=0s",
		// members post in circles at once, as comments by authors do
		// (HeldPostsIntegrationTests
		// keeps the default)
		"cercle.discussions.approvals-before-trust=0",
		// forms may be sent at once (the minimum fill time is checked by FormTimerTests)
		"cercle.forms.min-fill-time=0s",
		// the Fedify peer runs on 127.0.0.1 (RemoteFetchTests checks the default refusal)
		"cercle.federation.allow-private-addresses=true" })
@Import(TestDatabaseConfiguration.class)
@AutoConfigureMockMvc
public @interface IntegrationTest {

	@AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
	WebEnvironment webEnvironment() default WebEnvironment.MOCK;

}
