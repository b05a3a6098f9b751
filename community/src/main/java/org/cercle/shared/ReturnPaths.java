package org.cercle.shared;

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

	/** The path when it is one of this site's, else {@code null}. */
	public static @Nullable String safe(@Nullable String path) {
		if (path == null || path.length() > 500 || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
				|| path.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
			return null;
		}
		if (path.startsWith("/login") || path.startsWith("/logout") || path.startsWith("/error")) {
			return null;
		}
		return path;
	}

}
