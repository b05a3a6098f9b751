package org.cercle.testsupport;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import org.cercle.app.database.LocalPostgresConnection;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** A real PostgreSQL for every Spring test, from {@link TestDatabase}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	/**
	 * Counts SQL statements per thread, for the tests that check a page's query count.
	 */
	@Bean
	static org.springframework.beans.factory.config.BeanPostProcessor countingDataSource() {
		return SqlStatements.counting();
	}

	/**
	 * MockMvc posts forms with the anti-bot time stamp a page gives (see
	 * {@link FilledForms}).
	 */
	@Bean
	org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer filledForms(
			org.springframework.beans.factory.ObjectProvider<org.cercle.community.FormTimer> timer) {
		return builder -> builder.addFilters(new FilledForms(timer));
	}

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:18");
	}

	@Bean
	@Conditional(DockerMissing.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails() {
		return new LocalPostgresConnection(TestDatabase.embedded().getPort());
	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return TestDatabase.useDocker();
		}

	}

	static class DockerMissing implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !TestDatabase.useDocker();
		}

	}

}
