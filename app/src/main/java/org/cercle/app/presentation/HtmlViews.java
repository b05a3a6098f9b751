package org.cercle.app.presentation;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every template of Cercle is an HTML page, and is said to be one. Thymeleaf would
 * otherwise take the type from the address, so the error page for a missing
 * {@code /tags/x/feed.atom} or {@code /events/x.ics} went out labelled as a feed or a
 * calendar.
 */
@Configuration(proxyBeanMethods = false)
class HtmlViews {

	@Bean
	static BeanPostProcessor htmlContentTypeForEveryView() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setForceContentType(true);
				}
				return bean;
			}
		};
	}

}
