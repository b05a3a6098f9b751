package org.cercle.app;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Validators and 304s for what anonymous readers fetch: every successful GET gets an ETag (a hash
 * of the body), and a request whose {@code If-None-Match} still matches gets 304 without a body.
 * Anonymous pages and feeds are marked {@code Cache-Control: no-cache} (store, but ask again each
 * time), so a change is seen on the very next request. Signed-in members' pages keep Spring
 * Security's {@code no-store}: they always come fresh, with the member's own state.
 */
@Configuration(proxyBeanMethods = false)
class ConditionalRequests {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** Whole anonymous pages from memory while the content version is unchanged (see {@link PageCache}). */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "cercle.page-cache.enabled",
			matchIfMissing = true)
	FilterRegistrationBean<PageCache> pageCache(org.springframework.jdbc.core.simple.JdbcClient jdbc,
			@org.springframework.beans.factory.annotation.Value("${cercle.page-cache.ttl:PT30S}") java.time.Duration ttl,
			@org.springframework.beans.factory.annotation.Value("${cercle.page-cache.max-pages:2000}") long maxPages) {
		var registration = new FilterRegistrationBean<>(new PageCache(jdbc, ttl, maxPages));
		// inside Spring Security (-100), which tells members from anonymous readers and adds its headers
		// to every response, cached or not; inside the ETag filter, so that cached pages still answer 304
		registration.setOrder(1);
		return registration;
	}

	/** Marks anonymous GETs revalidatable, before Spring Security would forbid storing them. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> anonymousRevalidation() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (isAnonymousRead(request)) {
					response.setHeader("Cache-Control", "no-cache");
				}
				chain.doFilter(request, response);
			}
		});
		// after Spring Security's chain has set up the security context (it runs at order -100)
		registration.setOrder(0);
		return registration;
	}

	/** A GET or HEAD of a public page by someone not signed in. */
	static boolean isAnonymousRead(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return false;
		}
		var path = request.getRequestURI();
		if (path.startsWith("/manage") || path.startsWith("/account") || path.startsWith("/calendar/")
				|| path.startsWith("/actuator")) {
			return false;
		}
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

}
