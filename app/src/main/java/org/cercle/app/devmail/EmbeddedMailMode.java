package org.cercle.app.devmail;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import org.cercle.app.database.EmbeddedDatabaseMode;

/**
 * True when letters go to the in-process SMTP server: {@code cercle.mail.embedded} says
 * so, or, when it is not set, no {@code spring.mail.host} is configured and the
 * application runs on its embedded database.
 */
final class EmbeddedMailMode implements Condition {

	static boolean isOn(Environment environment) {
		var explicit = environment.getProperty("cercle.mail.embedded", Boolean.class);
		if (explicit != null) {
			return explicit;
		}
		return environment.getProperty("spring.mail.host", "").isBlank() && EmbeddedDatabaseMode.isOn(environment);
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isOn(context.getEnvironment());
	}

}
