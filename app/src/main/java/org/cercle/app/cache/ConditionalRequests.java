package org.cercle.app.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Validators and 304s for what anonymous readers fetch: every successful GET gets an ETag
 * (a hash of the body), and a request whose {@code If-None-Match} still matches gets 304
 * without a body. Anonymous pages and feeds are marked {@code Cache-Control: no-cache}
 * (store, but ask again each time), so a change is seen on the very next request.
 * Signed-in members' pages keep Spring Security's {@code no-store}: they always come
 * fresh, with the member's own state.
 */
@Configuration(proxyBeanMethods = false)
class ConditionalRequests {

	private static final String ANONYMOUS_READ = ConditionalRequests.class.getName() + ".anonymousRead";

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * Whole anonymous pages from memory until something readers see changes (see
	 * {@link PageCache}).
	 */
	@Bean
	@ConditionalOnProperty(name = "cercle.page-cache.enabled", matchIfMissing = true)
	FilterRegistrationBean<PageCache> pageCache(ContentChanges changes,
			@Value("${cercle.page-cache.ttl:PT30S}") Duration ttl,
			@Value("${cercle.page-cache.max-bytes:32MB}") DataSize maxBytes, ObjectProvider<FrontPages> front) {
		var registration = new FilterRegistrationBean<>(
				new PageCache(changes, ttl, maxBytes.toBytes(), front.getIfAvailable()));
		// just before Spring Security: a cached page costs no trip through its filters,
		// whose headers
		// it replays; inside the ETag filter, so that cached pages still answer 304
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/**
	 * Anonymous pages also published as files for nginx in front, when
	 * {@code cercle.front.pages-dir} names a directory (see {@link FrontPages}).
	 */
	@Bean
	@ConditionalOnExpression("!'${cercle.front.pages-dir:}'.isBlank()")
	FrontPages frontPages(ContentChanges changes, @Value("${cercle.front.pages-dir}") Path directory,
			@Value("${cercle.page-cache.ttl:PT30S}") Duration ttl,
			@Value("${cercle.front.max-bytes:256MB}") DataSize maxBytes, Clock clock) {
		return new FrontPages(directory, changes, ttl, maxBytes.toBytes(), clock);
	}

	/**
	 * Marks anonymous GETs revalidatable, before Spring Security would forbid storing
	 * them.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> anonymousRevalidation() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (isAnonymousRead(request)) {
					response.setHeader("Cache-Control", "no-cache");
					markAnonymousRead(request);
				}
				chain.doFilter(request, response);
			}
		});
		// after Spring Security's chain has set up the security context (it runs at order
		// -100)
		registration.setOrder(0);
		return registration;
	}

	/**
	 * For a body written whole, whose hash would be useless (a page with a member's
	 * token) or is known already (a cached page): no hash, and its length on the
	 * connection. Spring's ETag wrapper keeps a length for the hash it would compute,
	 * even when told not to compute it; without the length, Tomcat sends the page in
	 * chunks, with a write to the socket for each (a third of the time of a cached page
	 * went there).
	 */
	static void writtenWhole(HttpServletRequest request, HttpServletResponse response, int length) {
		ShallowEtagHeaderFilter.disableContentCaching(request);
		response.setContentLength(length);
		var etags = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
		if (etags != null) {
			etags.getResponse().setContentLength(length);
		}
	}

	/** A GET or HEAD of a public page by someone not signed in. */
	static boolean isAnonymousRead(HttpServletRequest request) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return isPublicRead(request)
				&& (authentication == null || authentication instanceof AnonymousAuthenticationToken);
	}

	static void markAnonymousRead(HttpServletRequest request) {
		request.setAttribute(ANONYMOUS_READ, Boolean.TRUE);
	}

	/**
	 * Whether Spring Security found this request to be an anonymous read (once it has
	 * run).
	 */
	static boolean wasAnonymousRead(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(ANONYMOUS_READ));
	}

	/**
	 * A GET or HEAD of a page anyone may read: not one's account, not the management
	 * pages.
	 */
	static boolean isPublicRead(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return false;
		}
		var path = request.getRequestURI();
		return !(path.startsWith("/manage") || path.startsWith("/account") || path.startsWith("/calendar/")
				|| path.startsWith("/actuator"));
	}

}
