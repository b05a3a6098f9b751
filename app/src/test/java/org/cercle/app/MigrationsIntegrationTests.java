package org.cercle.app;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MigrationsIntegrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyModuleMigratedItsTablesIntoOneSchema() {
		var tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
			.query(String.class)
			.list();
		assertThat(tables).contains("community_member", "feed_article", "feed_tag", "feed_article_tag");
	}

	@Test
	void aSecondMigrationFindsNothingToDo() {
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.migrate().migrationsExecuted).isZero();
	}

	@Test
	void migrationVersionsNameTheirModule() {
		for (var migration : flyway.info().applied()) {
			assertThat(migration.getScript()).matches(
					"(community|mail|feed|events|notifications|app)/V\\d{4}_\\d{2}_\\d{2}_\\d{4}_\\d__\\1_.+\\.sql");
		}
	}

}
