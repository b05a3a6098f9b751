package org.cercle.feed.wordpress;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A WordPress comment as Cercle's comments are written (Markdown): its text, its links as
 * Markdown links (address kept), a pingback's source address, and whom a reply to a reply
 * answers.
 */
final class CommentText {

	private CommentText() {
	}

	static String of(WordPressExport.Comment comment, @Nullable String answered) {
		var html = Jsoup.parseBodyFragment(comment.html());
		for (Element link : html.select("a[href]")) {
			var address = link.attr("href").strip();
			if (address.startsWith("http://") || address.startsWith("https://")) {
				link.replaceWith(
						new org.jsoup.nodes.TextNode("[" + link.text().replace("]", "") + "](" + address + ")"));
			}
		}
		var text = html.body().wholeText().strip();
		if (comment.pingback() && comment.url() != null && !text.contains(comment.url())) {
			text = text + "\n\n" + comment.url();
		}
		if (answered != null && !text.isEmpty()) {
			text = "*En réponse à " + answered + "\u00A0:* " + text;
		}
		return text;
	}

}
