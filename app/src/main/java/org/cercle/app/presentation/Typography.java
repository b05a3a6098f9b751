package org.cercle.app.presentation;

import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import org.springframework.stereotype.Component;

/**
 * French typography applied when text is shown, never to what is stored: a no-break space
 * before ":" and inside « », a narrow no-break space before ";", "!" and "?". Times
 * (10:30), URLs and code are left alone. Templates call it as {@code #typography}.
 *
 * <p>
 * The same titles and bodies are set on every page view, so results are remembered, keyed
 * by the text itself (a changed text is a new key, never a stale one), within a bounded
 * amount of memory.
 */
@Component("typography")
public class Typography {

	static final char NBSP = '\u00A0';

	static final char NARROW_NBSP = '\u202F';

	private static final Set<String> UNTOUCHED_ELEMENTS = Set.of("code", "pre", "kbd", "samp", "script", "style",
			"textarea");

	/** A space, or nothing after a letter, before a high mark that ends a word group. */
	private static final Pattern BEFORE_COLON = Pattern.compile("(?:[ \\t]+|(?<=[\\p{L}\\)»]))(?=:(?:\\s|$))");

	private static final Pattern BEFORE_HIGH_MARK = Pattern
		.compile("(?:[ \\t]+|(?<=[\\p{L}\\)»]))(?=[;!?]+(?:\\s|$|[\\)»\"]))");

	private static final Pattern AFTER_OPENING_GUILLEMET = Pattern.compile("«[ \\t]*");

	private static final Pattern BEFORE_CLOSING_GUILLEMET = Pattern.compile("[ \\t]*»");

	private static final Pattern URL = Pattern.compile("(?:https?|ftp|mailto|webcal):\\S+|www\\.\\S+");

	private static final long REMEMBERED_CHARACTERS = 8_000_000;

	private final Cache<String, String> textsSet = remembered();

	private final Cache<String, String> fragmentsSet = remembered();

	/** Applies the rules to plain text, leaving any URL inside it untouched. */
	public String text(String text) {
		return textsSet.get(text, Typography::setText);
	}

	/**
	 * Applies the rules to the text nodes of an HTML fragment, outside code and
	 * preformatted text.
	 */
	public String html(String html) {
		return fragmentsSet.get(html, Typography::setHtml);
	}

	private static String setText(String text) {
		var result = new StringBuilder(text.length() + 8);
		var urls = URL.matcher(text);
		int done = 0;
		while (urls.find()) {
			result.append(prose(text.substring(done, urls.start()))).append(urls.group());
			done = urls.end();
		}
		return result.append(prose(text.substring(done))).toString();
	}

	private static String setHtml(String html) {
		var document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		var body = document.body();
		body.traverse((NodeVisitor) (node, depth) -> {
			if (node instanceof TextNode textNode && !insideUntouched(textNode)) {
				textNode.text(setText(textNode.getWholeText()));
			}
		});
		return body.html();
	}

	private static Cache<String, String> remembered() {
		return Caffeine.newBuilder()
			.maximumWeight(REMEMBERED_CHARACTERS)
			.<String, String>weigher((source, result) -> source.length() + result.length())
			.build();
	}

	private static boolean insideUntouched(Node node) {
		for (var parent = node.parent(); parent != null; parent = parent.parent()) {
			if (parent instanceof Element element && UNTOUCHED_ELEMENTS.contains(element.normalName())) {
				return true;
			}
		}
		return false;
	}

	private static String prose(String text) {
		if (text.isEmpty()) {
			return text;
		}
		var result = BEFORE_COLON.matcher(text).replaceAll(String.valueOf(NBSP));
		result = BEFORE_HIGH_MARK.matcher(result).replaceAll(String.valueOf(NARROW_NBSP));
		result = AFTER_OPENING_GUILLEMET.matcher(result).replaceAll("«" + NBSP);
		return BEFORE_CLOSING_GUILLEMET.matcher(result).replaceAll(NBSP + "»");
	}

}
