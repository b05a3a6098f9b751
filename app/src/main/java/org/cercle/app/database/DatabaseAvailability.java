package org.cercle.app.database;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What this instance does when PostgreSQL stops answering: readiness goes down (the
 * {@code database} health indicator) and requests fail fast with a 503 page.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseAvailability {

	/** Named so: the health indicator is {@code database}, in the readiness group. */
	@Bean
	DatabaseWatch database(JdbcConnectionDetails database,
			@Value("${cercle.database.watch-every:500ms}") Duration every) {
		return new DatabaseWatch(database, every);
	}

	@Bean
	FilterRegistrationBean<UnreachableDatabase> unreachableDatabase() {
		var registration = new FilterRegistrationBean<>(new UnreachableDatabase());
		// outside Spring Session's filter, which loads a member's session from PostgreSQL
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

}
