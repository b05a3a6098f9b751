package org.cercle.shared.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Where a response may send the browser back to: a path of this site only, taken from a
 * form's {@code back} field or a {@code Referer}; anything else (another host,
 * {@code //host}, backslashes, line breaks, garbage) gives the home page. Never an open
 * redirect.
 */
public final class SameSitePaths {

	private SameSitePaths() {
	}

	/**
	 * @param candidate a path ({@code /circles/x}) or an absolute address
	 * @param host this site's host, as the request names it
	 */
	public static String of(@Nullable String candidate, String host) {
		if (candidate == null || candidate.contains("\\") || candidate.contains("\r") || candidate.contains("\n")) {
			return "/";
		}
		try {
			var uri = URI.create(candidate);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(host)) {
				return "/";
			}
			if (uri.getHost() == null && (uri.getScheme() != null || candidate.startsWith("//"))) {
				return "/";
			}
			var path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return "/";
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException malformed) {
			return "/";
		}
	}

}
