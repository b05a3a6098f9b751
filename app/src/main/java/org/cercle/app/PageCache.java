package org.cercle.app;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Whole pages for anonymous readers, kept in memory by each instance. A page is reused only while
 * the database's content version ({@code app_content_version}, bumped by triggers when any table
 * readers see changes) is the one it was rendered under, so publishing, editing, an approved comment
 * or a registration is visible on the very next request, on every instance. Entries also expire
 * after {@code cercle.page-cache.ttl} (default 30 s), for what changes with the clock alone (an
 * event that becomes past, registrations that close). Runs inside Spring Security: never used for
 * signed-in members, for forms, for anything but a 200 without cookies; Spring Security's headers
 * are added to every response, cached or not.
 */
class PageCache extends OncePerRequestFilter {

	/** Besides what is never an anonymous read (see {@link ConditionalRequests}): forms and files. */
	static final Set<String> SKIPPED_PREFIXES = Set.of("/login", "/logout", "/register", "/css/", "/js/", "/images/");

	private static final Set<String> REPLAYED_HEADERS_SKIPPED = Set.of(HttpHeaders.SET_COOKIE.toLowerCase(),
			HttpHeaders.CONTENT_LENGTH.toLowerCase(), HttpHeaders.TRANSFER_ENCODING.toLowerCase());

	private final Cache<String, Page> pages;

	private final JdbcClient jdbc;

	PageCache(JdbcClient jdbc, Duration ttl, long maxPages) {
		this.jdbc = jdbc;
		this.pages = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxPages).build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!cacheable(request)) {
			chain.doFilter(request, response);
			return;
		}
		var version = version();
		var key = key(request);
		var page = pages.getIfPresent(key);
		if (page != null && page.version() == version) {
			ShallowEtagHeaderFilter.disableContentCaching(request);
			page.writeTo(request, response);
			return;
		}
		var wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == 200 && wrapper.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
			pages.put(key, Page.of(wrapper, version));
		}
		wrapper.copyBodyToResponse();
	}

	private long version() {
		return jdbc.sql("select version from app_content_version").query(Long.class).single();
	}

	static boolean cacheable(HttpServletRequest request) {
		var path = request.getRequestURI();
		return "GET".equals(request.getMethod()) && ConditionalRequests.isAnonymousRead(request)
				&& SKIPPED_PREFIXES.stream().noneMatch(path::startsWith)
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null;
	}

	/** The address and what picks the language: the lang parameter or cookie, else Accept-Language. */
	private static String key(HttpServletRequest request) {
		var language = "";
		var cookies = request.getCookies();
		if (cookies != null) {
			for (var cookie : cookies) {
				if (cookie.getName().equals(LocaleConfiguration.COOKIE)) {
					language = cookie.getValue();
				}
			}
		}
		var parameters = new java.util.TreeMap<String, List<String>>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
		return request.getRequestURI() + "?" + parameters + "|" + language + "|"
				+ LocaleConfiguration.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).getLanguage();
	}

	/** A rendered page: its headers (security headers included, cookies excluded) and body. */
	record Page(long version, List<Map.Entry<String, String>> headers, @Nullable String contentType, byte[] body,
			String etag) {

		static Page of(ContentCachingResponseWrapper response, long version) {
			var headers = new ArrayList<Map.Entry<String, String>>();
			for (var name : response.getHeaderNames()) {
				if (!REPLAYED_HEADERS_SKIPPED.contains(name.toLowerCase())) {
					for (var value : response.getHeaders(name)) {
						headers.add(Map.entry(name, value));
					}
				}
			}
			var body = response.getContentAsByteArray();
			return new Page(version, headers, response.getContentType(), body,
					"\"0" + DigestUtils.md5DigestAsHex(body) + "\"");
		}

		/** Writes the page, or 304 when the client holds it already (its ETag is computed once, when cached). */
		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			headers.forEach(header -> response.setHeader(header.getKey(), header.getValue()));
			response.setHeader(HttpHeaders.ETAG, etag);
			var held = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (held != null && (held.contains(etag) || held.strip().equals("*"))) {
				response.setStatus(304);
				return;
			}
			response.setStatus(200);
			if (contentType != null) {
				response.setContentType(contentType);
			}
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

}
