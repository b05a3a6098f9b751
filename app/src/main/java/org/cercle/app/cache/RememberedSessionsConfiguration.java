package org.cercle.app.cache;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link RememberedSessions} in front of Spring Session's JDBC repository (the one
 * Spring Boot configures, customised by {@code CoarseSessionWrites}), unless
 * {@code cercle.sessions.remembered=false}; {@code cercle.sessions.max-remembered} bounds
 * how many each instance keeps (10,000 by default).
 */
@Configuration(proxyBeanMethods = false)
class RememberedSessionsConfiguration {

	@Bean
	static BeanPostProcessor rememberedSessions(ObjectProvider<ContentChanges> changes, Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository database
						&& environment.getProperty("cercle.sessions.remembered", Boolean.class, true)) {
					return new RememberedSessions(database, changes.getObject(),
							environment.getProperty("cercle.sessions.touch-every", Duration.class,
									Duration.ofMinutes(1)),
							environment.getProperty("cercle.sessions.max-remembered", Long.class, 10_000L));
				}
				return bean;
			}
		};
	}

	/**
	 * Tells {@link RememberedSessions} whether the request only reads, before Spring
	 * Session's filter looks its session up.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> readingRequests() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				RememberedSessions.requestStarts(request.getMethod());
				try {
					chain.doFilter(request, response);
				}
				finally {
					RememberedSessions.requestEnds();
				}
			}
		});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
