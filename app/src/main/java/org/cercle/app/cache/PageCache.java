package org.cercle.app.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.cercle.app.presentation.LocaleConfiguration;

/**
 * Whole pages for anonymous readers, kept in memory by each instance. A page is reused
 * only while nothing readers see has changed since it was rendered:
 * {@link ContentChanges} hears every commit that writes such a table, on any instance,
 * from the database; a commit of this instance's own transactions ({@link LocalCommits})
 * counts as a change at once. So publishing, editing, an approved comment or a
 * registration shows on the next request, on every instance (on another instance, once
 * the database's notification has arrived: well under a millisecond on one machine).
 * While the notifications cannot be heard, nothing is served from memory. Entries also
 * expire after {@code cercle.page-cache.ttl} (default 30 s), for what changes with the
 * clock alone (an event that becomes past, registrations that close).
 *
 * <p>
 * Runs just before Spring Security, so that a cached page costs no trip through its
 * filters. A page is stored only when Spring Security found its visitor anonymous
 * ({@link ConditionalRequests#wasAnonymousRead}), the answer was a 200 without cookies
 * and it carries no CSRF token; it is replayed with the headers Spring Security gave it,
 * and only to requests that cannot belong to a member: no session cookie, no credentials,
 * no security context already set.
 */
class PageCache extends OncePerRequestFilter {

	/**
	 * Besides what is never an anonymous read (see {@link ConditionalRequests}): forms
	 * and files.
	 */
	/** Never from memory: forms, assets (cached by browsers), and health probes. */
	static final Set<String> SKIPPED_PREFIXES = Set.of("/login", "/logout", "/register", "/css/", "/js/", "/images/",
			"/avatars/", "/readyz", "/livez", "/actuator/");

	private static final Set<String> REPLAYED_HEADERS_SKIPPED = Set.of(HttpHeaders.SET_COOKIE.toLowerCase(),
			HttpHeaders.CONTENT_LENGTH.toLowerCase(), HttpHeaders.TRANSFER_ENCODING.toLowerCase());

	private final Cache<String, Page> pages;

	private final ContentChanges changes;

	/** Where pages are also published for a front server, if anywhere. */
	private final @Nullable FrontPages front;

	/** Pages being rendered now, by key, for the readers who ask for them meanwhile. */
	private final SingleFlight<Page> rendering = new SingleFlight<>();

	/**
	 * @param maxBytes the most the kept pages may weigh together (their bodies), so that
	 * the heap they take is bounded whatever their size
	 */
	PageCache(ContentChanges changes, Duration ttl, long maxBytes, @Nullable FrontPages front) {
		this.changes = changes;
		this.front = front;
		this.pages = Caffeine.newBuilder()
			.expireAfterWrite(ttl)
			.maximumWeight(maxBytes)
			.<String, Page>weigher((key, page) -> key.length() * 2 + page.body().length + 512)
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!cacheable(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (!changes.isListening()) {
			chain.doFilter(request, response);
			return;
		}
		var generation = changes.generation();
		var key = key(request);
		var page = pages.getIfPresent(key);
		if (page != null && page.generation() == generation) {
			publish(request, page);
			page.writeTo(request, response);
			return;
		}
		var renderedHere = new boolean[1];
		var rendered = renderOnce(key, generation, () -> {
			renderedHere[0] = true;
			return renderAndKeep(request, response, chain, key, generation);
		});
		if (!renderedHere[0] && rendered != null) {
			rendered.writeTo(request, response);
		}
	}

	/**
	 * When many readers ask for a page that was just invalidated, one renders it and the
	 * others wait for that page (a little while at most) rather than all rendering it at
	 * once. A page the other request did not keep, or kept for an older generation, is
	 * rendered again by this one.
	 */
	private @Nullable Page renderOnce(String key, long generation, SingleFlight.Computation<Page> rendering)
			throws ServletException, IOException {
		try {
			return this.rendering.get(key, rendering, page -> page.generation() == generation);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new ServletException(ex);
		}
	}

	/**
	 * Renders the page, keeps it if it may be shown to anyone, and returns what was kept.
	 */
	private @Nullable Page renderAndKeep(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String key, long generation) throws ServletException, IOException {
		var wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		Page page = null;
		if (ConditionalRequests.wasAnonymousRead(request) && wrapper.getStatus() == 200
				&& wrapper.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && !carriesCsrfToken(wrapper)) {
			page = Page.of(wrapper, generation);
			pages.put(key, page);
			publish(request, page);
		}
		wrapper.copyBodyToResponse();
		return page;
	}

	private void publish(HttpServletRequest request, Page page) {
		if (front != null) {
			front.publish(request, page);
		}
	}

	/**
	 * A form's CSRF token belongs to one visitor (anonymous pages have no forms, this
	 * makes sure).
	 */
	private static boolean carriesCsrfToken(ContentCachingResponseWrapper response) {
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).contains("name=\"_csrf\"");
	}

	/**
	 * A GET that cannot be a member's: no session cookie, no credentials, no security
	 * context yet.
	 */
	static boolean cacheable(HttpServletRequest request) {
		var path = request.getRequestURI();
		return "GET".equals(request.getMethod()) && ConditionalRequests.isPublicRead(request)
				&& SKIPPED_PREFIXES.stream().noneMatch(path::startsWith) && request.getRequestedSessionId() == null
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null
				// a script of another site reading the API: CORS answers for it, not the
				// cache
				&& request.getHeader(HttpHeaders.ORIGIN) == null
				&& request.getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME) == null;
	}

	/**
	 * The whole address (pages carry absolute links, and HSTS only goes over https) and
	 * what picks the language: the lang parameter or cookie, else Accept-Language.
	 */
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
		return request.getRequestURL() + "?" + parameters + "|" + language + "|"
				+ LocaleConfiguration.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).getLanguage();
	}

	/**
	 * A rendered page: its headers (security headers included, cookies excluded) and
	 * body.
	 */
	record Page(long generation, List<Map.Entry<String, String>> headers, @Nullable String contentType, byte[] body,
			String etag) {

		static Page of(ContentCachingResponseWrapper response, long generation) {
			var headers = new ArrayList<Map.Entry<String, String>>();
			for (var name : response.getHeaderNames()) {
				if (!REPLAYED_HEADERS_SKIPPED.contains(name.toLowerCase())) {
					for (var value : response.getHeaders(name)) {
						headers.add(Map.entry(name, value));
					}
				}
			}
			var body = response.getContentAsByteArray();
			return new Page(generation, headers, response.getContentType(), body,
					"\"0" + DigestUtils.md5DigestAsHex(body) + "\"");
		}

		/**
		 * Writes the page, or 304 when the client holds it already (its ETag is computed
		 * once, when cached).
		 */
		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			ShallowEtagHeaderFilter.disableContentCaching(request);
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
			ConditionalRequests.writtenWhole(request, response, body.length);
			response.getOutputStream().write(body);
		}

	}

}
