package org.cercle.app.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A connection of its own, outside the pool, for a thread that holds it for long
 * (listening for changes, watching the database), named so that {@code pg_stat_activity}
 * says whose it is.
 */
public final class DirectConnections {

	private DirectConnections() {
	}

	public static Connection open(JdbcConnectionDetails database, String applicationName, Map<String, String> settings)
			throws SQLException {
		var properties = new Properties();
		properties.setProperty("user", database.getUsername());
		if (database.getPassword() != null) {
			properties.setProperty("password", database.getPassword());
		}
		properties.setProperty("ApplicationName", applicationName);
		settings.forEach(properties::setProperty);
		return DriverManager.getConnection(database.getJdbcUrl(), properties);
	}

}
