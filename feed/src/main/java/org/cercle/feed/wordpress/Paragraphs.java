package org.cercle.feed.wordpress;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress's paragraphing ({@code wpautop}) for classic-editor posts, whose paragraphs
 * are blank lines rather than {@code
 *
<p>
 * } tags: text between blank lines becomes a paragraph, a single line break a {@code <br>
 * }, block elements (lists, headings, quotes, tables, figures…) are left as they are, and
 * {@code <pre>} keeps its blank lines. Posts written with blocks (Gutenberg) already
 * carry their tags and are left alone, as WordPress does.
 */
final class Paragraphs {

	private static final String BLOCKS = "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre"
			+ "|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup"
			+ "|header|footer|nav|figure|figcaption|details|menu|summary|iframe|video|audio|object";

	private static final Pattern OPENING = Pattern.compile("(<(?:" + BLOCKS + ")[\\s/>])", Pattern.CASE_INSENSITIVE);

	private static final Pattern CLOSING = Pattern.compile("(</(?:" + BLOCKS + ")>)", Pattern.CASE_INSENSITIVE);

	private static final Pattern STARTS_WITH_BLOCK = Pattern.compile("^</?(?:" + BLOCKS + ")[\\s/>]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PRE = Pattern.compile("<pre[\\s>].*?</pre>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private Paragraphs() {
	}

	static String wpautop(String html) {
		if (html.contains("<!-- wp:") || html.isBlank()) {
			return html;
		}
		var text = html.replace("\r\n", "\n").replace('\r', '\n').replace("<!--more-->", "\n\n");
		var kept = new ArrayList<String>();
		text = protect(text, kept);
		text = OPENING.matcher(text).replaceAll("\n\n$1");
		text = CLOSING.matcher(text).replaceAll("$1\n\n");
		var out = new StringBuilder();
		for (var chunk : text.split("\\n\\s*\\n")) {
			var trimmed = chunk.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (STARTS_WITH_BLOCK.matcher(trimmed).find() || trimmed.startsWith("\u0000")) {
				out.append(trimmed).append('\n');
			}
			else {
				out.append("<p>").append(trimmed.replaceAll("\\s*\\n\\s*", "<br>\n")).append("</p>\n");
			}
		}
		return restore(out.toString(), kept).strip();
	}

	/** {@code <pre>} blocks are put aside, blank lines and all, then put back. */
	private static String protect(String text, ArrayList<String> kept) {
		var matcher = PRE.matcher(text);
		var out = new StringBuilder();
		while (matcher.find()) {
			kept.add(matcher.group());
			matcher.appendReplacement(out, Matcher.quoteReplacement("\n\n\u0000" + (kept.size() - 1) + "\u0000\n\n"));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String restore(String text, ArrayList<String> kept) {
		var out = text;
		for (int i = 0; i < kept.size(); i++) {
			out = out.replace("\u0000" + i + "\u0000", kept.get(i));
		}
		return out;
	}

}
