package org.cercle.app.database;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Switches the {@code demo} profile on when the application runs on its embedded
 * database, so that demo members and articles are created there, and never on a
 * configured database. {@code cercle.demo.enabled=false} keeps an embedded database
 * empty.
 */
public class DemoProfileActivation implements EnvironmentPostProcessor, Ordered {

	static final String PROFILE = "demo";

	private final Log log;

	public DemoProfileActivation(DeferredLogFactory logs) {
		this.log = logs.getLog(DemoProfileActivation.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean wanted = environment.getProperty("cercle.demo.enabled", Boolean.class, true);
		if (wanted && EmbeddedDatabaseMode.isOn(environment) && !environment.matchesProfiles(PROFILE)) {
			environment.addActiveProfile(PROFILE);
			log.info("No database configured: embedded PostgreSQL with demo content (profile 'demo')");
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
