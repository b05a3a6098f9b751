package org.cercle.app.presentation;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The site's static assets, served under their own paths only ({@code /css/**},
 * {@code /js/**}, {@code /*.svg}) with fingerprinted URLs ({@code /css/cercle-<md5>.css})
 * cached for a year. Boot's catch-all {@code /**} resource mapping is switched off
 * ({@code spring.web.resources.add-mappings=false}): with it, every link a page writes
 * ({@code /articles/…}, {@code /members/…}) was looked up in the jar's static folders to
 * be fingerprinted, which cost tens of milliseconds per page.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		register(registry, "/css/**", "classpath:/static/css/");
		register(registry, "/js/**", "classpath:/static/js/");
		register(registry, "/*.svg", "classpath:/static/");
	}

	private static void register(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
