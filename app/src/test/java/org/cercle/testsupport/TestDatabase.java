package org.cercle.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import org.springframework.boot.SpringApplication;

/**
 * Decides once per test JVM where the tests' PostgreSQL comes from: a Testcontainers
 * {@code postgres:18} when a Docker daemon answers, else one embedded PostgreSQL 18
 * shared by every Spring context of the run. {@code -Dcercle.test.db=embedded|docker}
 * forces the choice.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static volatile Boolean docker;

	private static volatile EmbeddedPostgres embedded;

	private TestDatabase() {
	}

	static boolean useDocker() {
		if (docker == null) {
			synchronized (TestDatabase.class) {
				if (docker == null) {
					var forced = System.getProperty("cercle.test.db", "");
					docker = switch (forced) {
						case "docker" -> true;
						case "embedded" -> false;
						default -> dockerAnswers();
					};
					log.info("Tests use {}", docker ? "PostgreSQL 18 in Testcontainers" : "embedded PostgreSQL 18");
				}
			}
		}
		return docker;
	}

	/**
	 * The shared embedded PostgreSQL, started on first use and stopped after every
	 * context.
	 */
	static EmbeddedPostgres embedded() {
		if (embedded == null) {
			synchronized (TestDatabase.class) {
				if (embedded == null) {
					embedded = startEmbedded();
				}
			}
		}
		return embedded;
	}

	private static EmbeddedPostgres startEmbedded() {
		try {
			var postgres = EmbeddedPostgres.builder()
				.setLocaleConfig("locale-provider", "builtin")
				.setLocaleConfig("builtin-locale", "C.UTF-8")
				.setRegisterShutdownHook(false)
				.start();
			// Boot runs these handlers after closing every cached context: PostgreSQL
			// stops last.
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					log.warn("Embedded PostgreSQL did not stop cleanly", ex);
				}
			});
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
