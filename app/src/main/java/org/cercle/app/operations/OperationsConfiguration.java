package org.cercle.app.operations;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

	/** First of all filters, so that every line of a request carries its id. */
	@Bean
	FilterRegistrationBean<RequestIds> requestIds() {
		var registration = new FilterRegistrationBean<>(new RequestIds());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
