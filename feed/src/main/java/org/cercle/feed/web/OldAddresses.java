package org.cercle.feed.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.cercle.feed.tag.Tags;
import org.cercle.feed.wordpress.LegacyAddresses;

/**
 * Links to the old WordPress site keep working after a migration: {@code /?p=123},
 * {@code /slug/}, {@code /2013/01/slug/} and {@code /2013/01/23/slug/} answer 301 to the
 * imported article (once published), {@code /category/x/} and {@code /tag/y/} to the tag,
 * {@code /feed/} to the Atom feed. Cercle's own addresses never end with a slash, so
 * nothing else is looked up.
 */
@Component
class OldAddresses extends OncePerRequestFilter {

	private final LegacyAddresses legacy;

	private final Tags tags;

	OldAddresses(LegacyAddresses legacy, Tags tags) {
		this.legacy = legacy;
		this.tags = tags;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var target = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) ? target(request)
				: Optional.<String>empty();
		if (target.isPresent()) {
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader("Location", target.get());
			return;
		}
		chain.doFilter(request, response);
	}

	private Optional<String> target(HttpServletRequest request) {
		var path = request.getRequestURI();
		if (path.equals("/")) {
			var post = request.getParameter("p");
			return post != null && post.matches("[0-9]{1,12}")
					? legacy.publishedArticle("/?p=" + post).map(slug -> "/articles/" + slug) : Optional.empty();
		}
		if (!path.endsWith("/")) {
			return Optional.empty();
		}
		if (path.equals("/feed/")) {
			return Optional.of("/feed.atom");
		}
		var parts = path.split("/");
		if (parts.length == 3 && (parts[1].equals("category") || parts[1].equals("tag"))) {
			return tags.findBySlug(parts[2]).map(tag -> "/tags/" + tag.slug());
		}
		return legacy.publishedArticle(path).map(slug -> "/articles/" + slug);
	}

}
