package org.cercle.testsupport;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The database of module tests: a container of its own with Docker, else a database of
 * its own ({@code module_tests}) in the shared embedded PostgreSQL, so that what a module
 * test writes never meets the whole-application tests and their demo content.
 */
@TestConfiguration(proxyBeanMethods = false)
class ModuleTestDatabase {

	static final String NAME = "module_tests";

	@Bean
	@ServiceConnection
	@Conditional(TestDatabaseConfiguration.DockerAvailable.class)
	PostgreSQLContainer moduleTestsContainer() {
		return new PostgreSQLContainer("postgres:18");
	}

	@Bean
	@Conditional(TestDatabaseConfiguration.DockerMissing.class)
	JdbcConnectionDetails moduleTestsConnectionDetails() throws SQLException {
		var port = TestDatabase.embedded().getPort();
		try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
				"postgres", "");
				var statement = connection.createStatement();
				var exists = statement.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
			if (!exists.next()) {
				statement.execute("create database " + NAME);
			}
		}
		return new JdbcConnectionDetails() {
			@Override
			public String getJdbcUrl() {
				return "jdbc:postgresql://localhost:" + port + "/" + NAME;
			}

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}
		};
	}

}
