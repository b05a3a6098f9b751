package org.cercle.app.cache;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.ITemplateEngine;

import org.cercle.community.FormTimer;

/**
 * Signed-in members' shared pages ({@link MemberPages}): {@code cercle.member-pages.*}.
 */
@Configuration(proxyBeanMethods = false)
class MemberPagesConfiguration {

	@Bean
	MemberPages memberPages(ContentChanges changes, @Qualifier("thymeleafViewResolver") ViewResolver views,
			ITemplateEngine templates, FormTimer formTimer,
			@Value("${cercle.member-pages.enabled:true}") boolean enabled,
			@Value("${cercle.page-cache.ttl:PT30S}") Duration ttl,
			@Value("${cercle.member-pages.max-bytes:16MB}") DataSize maxBytes) {
		return new MemberPages(changes, new MemberPageRenderer(views), formTimer, new UnreadBadges(templates), enabled,
				ttl, maxBytes.toBytes());
	}

	@Bean
	WebMvcConfigurer memberPagesInterceptor(MemberPages pages) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(pages);
			}
		};
	}

}
