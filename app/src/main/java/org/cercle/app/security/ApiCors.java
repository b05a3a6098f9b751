package org.cercle.app.security;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The JSON API and its OpenAPI description are readable from any site's scripts: reads
 * only (GET, HEAD), without cookies, so no member's session ever travels with them.
 */
@Configuration(proxyBeanMethods = false)
class ApiCors {

	@Bean
	CorsConfigurationSource corsConfigurationSource() {
		var reads = new CorsConfiguration();
		reads.setAllowedOrigins(List.of("*"));
		reads.setAllowedMethods(List.of("GET", "HEAD"));
		reads.setAllowedHeaders(List.of("Accept", "Accept-Language", "If-None-Match"));
		reads.setExposedHeaders(List.of("ETag"));
		reads.setAllowCredentials(false);
		reads.setMaxAge(Duration.ofHours(1));
		var source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", reads);
		source.registerCorsConfiguration("/v3/api-docs/**", reads);
		source.registerCorsConfiguration("/v3/api-docs", reads);
		return source;
	}

}
