package org.cercle.app.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when the application runs on its own embedded PostgreSQL: no datasource URL is
 * configured and the embedded database is not switched off. Demo content goes with this
 * mode only.
 */
public final class EmbeddedDatabaseMode implements Condition {

	public static boolean isOn(Environment environment) {
		var url = environment.getProperty("spring.datasource.url", "");
		return url.isBlank() && environment.getProperty("cercle.embedded-postgres.enabled", Boolean.class, true);
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isOn(context.getEnvironment());
	}

}
