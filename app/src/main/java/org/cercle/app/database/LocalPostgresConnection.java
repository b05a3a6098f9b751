package org.cercle.app.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** How to reach a PostgreSQL started by this JVM on a local port, as its superuser. */
public record LocalPostgresConnection(int port) implements JdbcConnectionDetails {

	@Override
	public String getJdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	@Override
	public String getUsername() {
		return "postgres";
	}

	@Override
	public String getPassword() {
		return "";
	}

}
