package org.cercle.feed.wordpress;

/**
 * A summary from a post's text: whole sentences up to {@value #MAX} characters, else
 * whole words with an ellipsis; never a word cut in two.
 */
final class Summaries {

	static final int MAX = 300;

	private Summaries() {
	}

	static String of(String text, String title) {
		var clean = text.strip().replaceAll("\\s+", " ");
		if (clean.isEmpty()) {
			return title;
		}
		if (clean.length() <= MAX) {
			return clean;
		}
		var within = clean.substring(0, MAX);
		var sentenceEnd = Math.max(within.lastIndexOf(". "),
				Math.max(within.lastIndexOf("! "), within.lastIndexOf("? ")));
		if (sentenceEnd >= MAX / 3) {
			return within.substring(0, sentenceEnd + 1);
		}
		var wordEnd = within.lastIndexOf(' ');
		return (wordEnd > 0 ? within.substring(0, wordEnd) : within.substring(0, MAX - 1)).strip() + "…";
	}

}
