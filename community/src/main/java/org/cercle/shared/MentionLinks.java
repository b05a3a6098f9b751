package org.cercle.shared;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Mentions ({@code @handle}) in rendered text become links to the member's profile, for
 * handles that belong to a member; unknown handles stay text, and so does anything inside
 * a link or code.
 */
public final class MentionLinks {

	/**
	 * A handle as members choose them, not preceded by a word character, {@code @} or
	 * {@code /}.
	 */
	public static final Pattern MENTION = Pattern.compile("(?<![\\w@/.])@([A-Za-z0-9_-]{3,30})\\b");

	private MentionLinks() {
	}

	/** The handles a text mentions, in lower case, twenty at most. */
	public static Set<String> handlesIn(String text) {
		var handles = new LinkedHashSet<String>();
		var matcher = MENTION.matcher(text);
		while (matcher.find() && handles.size() < 20) {
			handles.add(matcher.group(1).toLowerCase(Locale.ROOT));
		}
		return handles;
	}

	/** The safe HTML with each known mention made a link to {@code /members/<handle>}. */
	public static String link(String safeHtml, Set<String> known) {
		if (known.isEmpty() || !safeHtml.contains("@")) {
			return safeHtml;
		}
		var body = Jsoup.parseBodyFragment(safeHtml).body();
		for (var text : body.select("*").textNodes()) {
			if (!insideLinkOrCode(text)) {
				linkIn(text, known);
			}
		}
		return body.html();
	}

	private static void linkIn(TextNode text, Set<String> known) {
		var value = text.getWholeText();
		var matcher = MENTION.matcher(value);
		var last = 0;
		var replaced = false;
		var parts = new java.util.ArrayList<Node>();
		while (matcher.find()) {
			var handle = matcher.group(1).toLowerCase(Locale.ROOT);
			if (!known.contains(handle)) {
				continue;
			}
			parts.add(new TextNode(value.substring(last, matcher.start())));
			parts.add(new Element("a").attr("href", "/members/" + handle).addClass("mention").text(matcher.group()));
			last = matcher.end();
			replaced = true;
		}
		if (replaced) {
			parts.add(new TextNode(value.substring(last)));
			for (var part : parts) {
				text.before(part);
			}
			text.remove();
		}
	}

	private static boolean insideLinkOrCode(Node node) {
		for (var parent = node.parent(); parent != null; parent = parent.parent()) {
			if (parent instanceof Element element && Set.of("a", "code", "pre").contains(element.tagName())) {
				return true;
			}
		}
		return false;
	}

}
