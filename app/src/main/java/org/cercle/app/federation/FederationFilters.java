package org.cercle.app.federation;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Content negotiation on articles' and events' addresses, before the page cache; the
 * federation's settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FederationSettings.class)
class FederationFilters {

	@Bean
	FilterRegistrationBean<ObjectNegotiation> objectNegotiation() {
		var registration = new FilterRegistrationBean<>(new ObjectNegotiation());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
		return registration;
	}

}
