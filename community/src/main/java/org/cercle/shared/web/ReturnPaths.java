package org.cercle.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * Where to send a member back after signing in: only a path of this site ("/events/x"),
 * never another site ("//evil.example", "https://…", "/\evil.example"), so that a link to
 * the sign-in page can never become an open redirect.
 */
public final class ReturnPaths {

	/** The parameter that carries the path, on the sign-in page and its form. */
	public static final String PARAMETER = "retour";

	/**
	 * The short cookie that brings the identifier typed back to the sign-in page after a
	 * failed attempt.
	 */
	public static final String IDENTIFIER_COOKIE = "cercle-identifiant";

	private ReturnPaths() {
	}

	/**
	 * The path when it is one of this site's (checked as {@link SameSitePaths} does, its
	 * fragment kept), else {@code null}; never the sign-in, sign-out or error pages.
	 */
	public static @Nullable String safe(@Nullable String path) {
		if (path == null || path.length() > 500 || !path.startsWith("/")) {
			return null;
		}
		var hash = path.indexOf('#');
		var base = hash < 0 ? path : path.substring(0, hash);
		var fragment = hash < 0 ? "" : path.substring(hash);
		if (!SameSitePaths.of(base, "").equals(base) || fragment.chars().anyMatch(c -> c < 0x21 || c == 0x7f)
				|| base.startsWith("/login") || base.startsWith("/logout") || base.startsWith("/error")) {
			return null;
		}
		return path;
	}

}
