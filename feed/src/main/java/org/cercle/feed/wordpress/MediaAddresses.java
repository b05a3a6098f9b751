package org.cercle.feed.wordpress;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Addresses of the old site's uploads in an article, pointed at the images now stored
 * here; WordPress's resized copies ({@code photo-300x200.png}) point at their original.
 */
final class MediaAddresses {

	private static final Pattern UPLOAD = Pattern.compile("https?://[^\\s\"'<>]+?/wp-content/uploads/([^\\s\"'<>?#]+)");

	private static final Pattern RESIZED = Pattern.compile("-\\d+x\\d+(\\.\\w+)$");

	private MediaAddresses() {
	}

	/** The path below {@code uploads/} of an upload's address, or null. */
	static @Nullable String uploadsPath(String address) {
		var matcher = UPLOAD.matcher(address);
		return matcher.find() ? original(matcher.group(1)) : null;
	}

	static String rewrite(String html, Map<String, String> stored) {
		if (stored.isEmpty()) {
			return html;
		}
		var matcher = UPLOAD.matcher(html);
		var out = new StringBuilder();
		while (matcher.find()) {
			var here = stored.get(original(matcher.group(1)));
			matcher.appendReplacement(out, Matcher.quoteReplacement(here != null ? here : matcher.group()));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String original(String path) {
		return RESIZED.matcher(path).replaceFirst("$1");
	}

}
