package org.cercle.shared;

/**
 * Search snippets as PostgreSQL's {@code ts_headline} returns them, with matches between
 * two control characters, turned into safe HTML: the text is escaped, then matches are
 * wrapped in {@code <mark>}.
 */
public final class Snippets {

	/** The marker before a match, for ts_headline's StartSel. */
	public static final String START = "\u0001";

	/** The marker after a match, for ts_headline's StopSel. */
	public static final String STOP = "\u0002";

	/** ts_headline options using the markers. */
	public static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

	/** The longest query text searched; the rest is ignored. */
	public static final int MAX_QUERY = 200;

	private Snippets() {
	}

	/**
	 * SQL for the text a snippet is cut from: the expression, with straight apostrophes
	 * (as the search columns are built) and without Markdown's punctuation.
	 */
	public static String sourceSql(String expression) {
		return "regexp_replace(replace(" + withoutMarkup(expression) + ", '’', ''''), '[#*_`>\\[\\]]', '', 'g')";
	}

	/**
	 * SQL for an article's snippet text: its summary and body without markup, the summary
	 * left out when the body begins with it (imported posts), so that no sentence shows
	 * twice.
	 */
	public static String articleSourceSql(String summary, String body) {
		var text = withoutMarkup(body);
		return sourceSql("case when strpos(" + text + ", left(" + summary + ", 40)) between 1 and 80 then " + body
				+ " else " + summary + " || ' ' || " + body + " end");
	}

	/**
	 * SQL dropping HTML tags (imported articles), Markdown images and link targets (their
	 * text kept) and entities, so that a snippet never shows « <pCet article ».
	 */
	static String withoutMarkup(String expression) {
		return "regexp_replace(regexp_replace(regexp_replace(regexp_replace(" + expression
				+ ", '<[^>]*>', ' ', 'g'), '!?\\[([^]]*)\\]\\([^)]*\\)', '\\1', 'g'), '&[a-z#0-9]+;', ' ', 'gi'),"
				+ " '\\s+', ' ', 'g')";
	}

	public static String toHtml(String marked) {
		return escape(marked.replace("\r", " ").replace("\n", " ")).replace(START, "<mark>").replace(STOP, "</mark>");
	}

	/**
	 * Escapes the five characters HTML gives meaning to, as Spring's HtmlUtils does for
	 * UTF-8 pages.
	 */
	static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	/**
	 * The query as searched: typographic apostrophes made straight, at most 200
	 * characters.
	 */
	public static String query(String query) {
		var straight = query.replace('’', '\'').strip();
		return straight.length() > MAX_QUERY ? straight.substring(0, MAX_QUERY) : straight;
	}

}
