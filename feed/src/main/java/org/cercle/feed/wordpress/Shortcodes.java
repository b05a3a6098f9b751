package org.cercle.feed.wordpress;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * WordPress shortcodes turned into the HTML they stood for: {@code [caption]} into a
 * figure with its caption, {@code [gallery]} into a list of figures (from the export's
 * media), {@code [embed]} and a video address alone on its line into a link (our pages
 * embed no third-party player). Any other shortcode is removed, and named in the report.
 */
final class Shortcodes {

	private static final Pattern CAPTION = Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern IMAGE = Pattern.compile("(?:<a[^>]*>\\s*)?<img[^>]*>(?:\\s*</a>)?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)\\]", Pattern.CASE_INSENSITIVE);

	private static final Pattern IDS = Pattern.compile("ids=[\"']?([0-9,\\s]+)");

	private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*\\](.*?)\\[/embed\\]",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern LONE_ADDRESS = Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"]+)[ \\t]*$");

	private static final Pattern ANY = Pattern.compile("\\[(/?)([A-Za-z][\\w-]*)([^\\]]*)\\]");

	private Shortcodes() {
	}

	static String expand(String html, Map<String, WordPressExport.Attachment> media, Set<String> removed) {
		var text = replace(CAPTION, html, caption -> {
			var inner = caption.group(2);
			var image = IMAGE.matcher(inner);
			if (!image.find()) {
				return inner;
			}
			var words = (inner.substring(0, image.start()) + inner.substring(image.end())).strip();
			return "<figure>" + image.group() + (words.isEmpty() ? "" : "<figcaption>" + words + "</figcaption>")
					+ "</figure>";
		});
		text = replace(GALLERY, text, gallery -> {
			var ids = IDS.matcher(gallery.group(1));
			if (!ids.find()) {
				return "";
			}
			var list = new StringBuilder("<ul class=\"gallery\">");
			for (var id : ids.group(1).split(",")) {
				var found = media.get(id.strip());
				if (found != null) {
					var title = Entities.escape(found.title());
					list.append("<li><figure><img src=\"")
						.append(Entities.escape(found.url()))
						.append("\" alt=\"")
						.append(title)
						.append("\"><figcaption>")
						.append(title)
						.append("</figcaption></figure></li>");
				}
			}
			return list.append("</ul>").toString();
		});
		text = replace(EMBED, text, embed -> link(embed.group(1).strip()));
		text = replace(LONE_ADDRESS, text, line -> link(line.group(1)));
		return replace(ANY, text, unknown -> {
			removed.add(unknown.group(2).toLowerCase(java.util.Locale.ROOT));
			return "";
		});
	}

	private static String link(String address) {
		var escaped = Entities.escape(address);
		return "<a href=\"" + escaped + "\">" + escaped + "</a>";
	}

	private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
		var matcher = pattern.matcher(text);
		var out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
