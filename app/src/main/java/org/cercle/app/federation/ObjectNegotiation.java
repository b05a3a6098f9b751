package org.cercle.app.federation;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An article's or an event's address answers with its ActivityStreams object to who asks
 * for {@code application/activity+json} or {@code application/ld+json} (Mastodon, when a
 * member pastes the address in its search), with its page otherwise. The request goes on
 * as one for {@code /ap/objects/…}, before the page cache, which therefore keeps the page
 * and the object apart; both answers say {@code Vary: Accept}.
 */
class ObjectNegotiation extends OncePerRequestFilter {

	private static final Pattern OBJECT = Pattern.compile("^/(articles|events)/([a-z0-9-]+)$");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var matcher = OBJECT.matcher(request.getRequestURI());
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) || !matcher.matches()) {
			chain.doFilter(request, response);
			return;
		}
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (!wantsActivityStreams(request.getHeader(HttpHeaders.ACCEPT))) {
			chain.doFilter(request, response);
			return;
		}
		var objectPath = "/ap/objects/" + matcher.group(1) + "/" + matcher.group(2);
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public String getRequestURI() {
				return request.getContextPath() + objectPath;
			}

			@Override
			public String getServletPath() {
				return objectPath;
			}

			@Override
			public StringBuffer getRequestURL() {
				var url = new StringBuffer(request.getRequestURL());
				url.setLength(url.length() - request.getRequestURI().length());
				return url.append(getRequestURI());
			}
		}, response);
	}

	static boolean wantsActivityStreams(String accept) {
		if (accept == null) {
			return false;
		}
		var lower = accept.toLowerCase(java.util.Locale.ROOT);
		return lower.contains("application/activity+json")
				|| (lower.contains("application/ld+json") && lower.contains("https://www.w3.org/ns/activitystreams"));
	}

}
