package org.cercle.app.cache;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import org.cercle.app.presentation.LocaleConfiguration;

/**
 * Where a front server finds the published copy of an anonymous page: the file
 * {@code <language>/<scheme>/<Host header><path>[,<query>].<html|atom|xml>} under the
 * published directory. It is the same rule as {@code ops/nginx/cercle.conf.template},
 * which builds that name from {@code $scheme}, {@code $http_host}, {@code $uri} and
 * {@code $args}: so a page is only published for a request nginx would answer with it.
 * That means a GET without cookie, credentials or origin, whose address needs no
 * decoding, that asks for no JSON, and whose Accept-Language starts with French or
 * English (or is absent) — the cases where the application's choice of language is
 * certain.
 */
final class FrontAddress {

	/**
	 * The Host header as nginx's map accepts it: labels of letters, digits and dashes, an
	 * optional port (so never "..", never a slash).
	 */
	static final Pattern HOST = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?");

	/**
	 * A path whose every segment starts with neither a dot nor "~" and needs no decoding.
	 */
	static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,150})*/?");

	static final Pattern QUERY = Pattern.compile("[A-Za-z0-9=&%_+.-]{1,200}");

	/**
	 * The first language range, with no weight (so the highest): what the application's
	 * lookup picks.
	 */
	private static final Pattern FIRST_LANGUAGE = Pattern.compile("(?i)^(fr|en)(-[a-z0-9]+)*\\s*(,.*)?$");

	private static final Map<String, String> EXTENSIONS = Map.of("text/html", "html", "application/atom+xml", "atom",
			"application/xml", "xml");

	/**
	 * What nginx adds to a published page besides its type and validators (the security
	 * headers, written the same in its configuration); a page with any other header is
	 * not published.
	 */
	private static final Set<String> FRONT_HEADERS = Set.of("x-request-id", "cache-control", "x-content-type-options",
			"x-xss-protection", "x-frame-options", "content-security-policy", "referrer-policy", "permissions-policy",
			"content-type", "content-language", "vary");

	private FrontAddress() {
	}

	/**
	 * Whether nginx gives the published copy the same headers: only those it adds,
	 * revalidated on every use, in the language of its directory.
	 */
	static boolean sameHeadersAsFront(List<Map.Entry<String, String>> headers, String address) {
		var language = address.substring(0, address.indexOf('/'));
		for (var header : headers) {
			var name = header.getKey().toLowerCase(Locale.ROOT);
			if (!FRONT_HEADERS.contains(name) || (name.equals("cache-control") && !header.getValue().equals("no-cache"))
					|| (name.equals("content-language") && !header.getValue().equals(language))
					|| (name.equals("vary") && !header.getValue().equals("Accept"))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The file, relative to the published directory, under which this request's page may
	 * be published; empty when nginx would never serve it from a file.
	 */
	static Optional<String> of(HttpServletRequest request, @Nullable String contentType) {
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.COOKIE) != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(HttpHeaders.ORIGIN) != null
				|| asksForJson(request)) {
			return Optional.empty();
		}
		var language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		var extension = extension(contentType);
		var host = request.getHeader(HttpHeaders.HOST);
		var path = request.getRequestURI();
		var query = request.getQueryString();
		var scheme = request.getScheme();
		if (language == null || extension == null || host == null || !HOST.matcher(host).matches()
				|| !PATH.matcher(path).matches() || (query != null && !QUERY.matcher(query).matches())
				|| !("http".equals(scheme) || "https".equals(scheme))) {
			return Optional.empty();
		}
		return Optional
			.of(language + "/" + scheme + "/" + host + path + (query == null ? "" : "," + query) + "." + extension);
	}

	/**
	 * ActivityPub's clients ask for the same address as JSON: nginx leaves them alone.
	 */
	private static boolean asksForJson(HttpServletRequest request) {
		var accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.toLowerCase(Locale.ROOT).contains("json");
	}

	/**
	 * French or English when the browser's first choice is one of them (or it states
	 * none), the way the application would resolve it; otherwise none.
	 */
	static @Nullable String language(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isEmpty()) {
			return "fr";
		}
		var first = FIRST_LANGUAGE.matcher(acceptLanguage);
		if (!first.matches()) {
			return null;
		}
		var language = first.group(1).toLowerCase(Locale.ROOT);
		return language.equals(LocaleConfiguration.fromAcceptLanguage(acceptLanguage).getLanguage()) ? language : null;
	}

	private static @Nullable String extension(@Nullable String contentType) {
		if (contentType == null) {
			return null;
		}
		try {
			var type = MediaType.parseMediaType(contentType);
			var charset = type.getCharset();
			if (charset != null && !charset.name().equals("UTF-8")) {
				return null;
			}
			return EXTENSIONS.get(type.getType() + "/" + type.getSubtype());
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

}
