package org.cercle.testsupport;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.cercle.CercleApplication;

/**
 * Another instance of the application on the tests' database, as a second node behind a
 * load balancer would be: its own web server on a free port (given as a command-line
 * argument, which application.properties cannot override), no demo content, no embedded
 * database.
 */
public final class SecondInstance {

	private SecondInstance() {
	}

	/** Starts it; {@code more} are further {@code --name=value} arguments. */
	public static ConfigurableApplicationContext start(DataSource dataSource, String... more) {
		HikariDataSource hikari;
		try {
			hikari = dataSource.unwrap(HikariDataSource.class);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return start(hikari.getJdbcUrl(), hikari.getUsername(), more);
	}

	/** Starts it on another database of the same server. */
	public static ConfigurableApplicationContext start(String jdbcUrl, String username, String... more) {
		var args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=" + username, "--spring.datasource.password=",
				"--cercle.embedded-postgres.enabled=false", "--cercle.demo.enabled=false", "--spring.jmx.enabled=false",
				"--logging.level.root=warn"));
		args.addAll(List.of(more));
		if (args.stream().noneMatch(arg -> arg.startsWith("--cercle.shutdown.grace="))) {
			args.add("--cercle.shutdown.grace=0s"); // tests close their instances at once
		}
		if (args.stream().noneMatch(arg -> arg.startsWith("--cercle.forms.min-fill-time="))) {
			args.add("--cercle.forms.min-fill-time=0s"); // tests send forms at once
		}
		return new SpringApplicationBuilder(CercleApplication.class).run(args.toArray(String[]::new));
	}

}
