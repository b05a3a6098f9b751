package org.cercle.shared;

import java.util.List;
import java.util.Set;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Renders Markdown written by members of the site into HTML that is safe to show:
 * whatever the source holds (raw HTML, scripts, event handlers, {@code javascript:}
 * links), only harmless markup comes out. One renderer for every module, so a preview and
 * the public page agree.
 *
 * <p>
 * Rendering (parse, render, sanitise) is the costliest part of showing a page, and the
 * same texts are shown again and again, so results are remembered, keyed by the source
 * text itself: an edited text is a new key, and nothing remembered can ever be out of
 * date. The memory used is bounded (about {@value #REMEMBERED_CHARACTERS} characters of
 * source and HTML per kind).
 */
public final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

	private static final Safelist ARTICLE_SAFELIST = Safelist.relaxed()
		.addTags("figure", "figcaption")
		.addAttributes("code", "class")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.addProtocols("img", "src", "http", "https")
		.preserveRelativeLinks(true);

	/**
	 * Members' text: emphasis, links, lists, quotes and code; no headings, images or
	 * tables.
	 */
	private static final Parser SHORT_PARSER = Parser.builder()
		.extensions(List.of(AutolinkExtension.create()))
		.enabledBlockTypes(Set.of(BlockQuote.class, FencedCodeBlock.class, IndentedCodeBlock.class, ListBlock.class))
		.build();

	private static final HtmlRenderer SHORT_RENDERER = HtmlRenderer.builder()
		.extensions(List.of(AutolinkExtension.create()))
		.escapeHtml(true)
		.build();

	private static final Safelist SHORT_SAFELIST = new Safelist()
		.addTags("p", "br", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "pre")
		.addAttributes("a", "href")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addEnforcedAttribute("a", "rel", "nofollow ugc noopener");

	private static final int WORDS_PER_MINUTE = 200;

	private static final long REMEMBERED_CHARACTERS = 8_000_000;

	private static final Cache<String, String> ARTICLES_RENDERED = remembered();

	private static final Cache<String, String> SHORT_TEXTS_RENDERED = remembered();

	private Markdown() {
	}

	/** Renders an article body: rich Markdown (tables, images, links), sanitised. */
	public static String toSafeHtml(String markdown) {
		return ARTICLES_RENDERED.get(markdown, source -> Jsoup.clean(RENDERER.render(PARSER.parse(source)),
				"https://cercle.invalid/", ARTICLE_SAFELIST));
	}

	/**
	 * An article body written in HTML (imported from WordPress), sanitised like a
	 * Markdown one's rendering but never read as Markdown: asterisks stay asterisks.
	 */
	public static String sanitizeHtml(String html) {
		return ARTICLES_RENDERED.get("\u0000html\u0000" + html,
				source -> Jsoup.clean(html, "https://cercle.invalid/", ARTICLE_SAFELIST));
	}

	/**
	 * Renders what members write in comments and discussions: a Markdown subset
	 * (emphasis, links, lists, quotes, inline code and code blocks). Raw HTML is shown as
	 * text, never rendered; links carry {@code rel="nofollow ugc noopener"}.
	 */
	public static String toSafeShortHtml(String markdown) {
		return SHORT_TEXTS_RENDERED.get(markdown,
				source -> Jsoup.clean(SHORT_RENDERER.render(SHORT_PARSER.parse(source)), SHORT_SAFELIST));
	}

	/**
	 * HTML written elsewhere (a reply from the social web) kept to what members' comments
	 * may hold, with the same rules: emphasis, links
	 * ({@code rel="nofollow ugc noopener"}), lists, quotes and code.
	 */
	public static String sanitizeShortHtml(String html) {
		return SHORT_TEXTS_RENDERED.get("\u0000html\u0000" + html, source -> Jsoup.clean(html, SHORT_SAFELIST));
	}

	/**
	 * The text of a Markdown document without any markup, e.g. for a summary or a word
	 * count.
	 */
	public static String toPlainText(String markdown) {
		return Jsoup.parse(RENDERER.render(PARSER.parse(markdown))).text();
	}

	private static Cache<String, String> remembered() {
		return Caffeine.newBuilder()
			.maximumWeight(REMEMBERED_CHARACTERS)
			.<String, String>weigher((source, html) -> source.length() + html.length())
			.build();
	}

	/** Minutes a reader needs for the text, at 200 words a minute, at least one. */
	public static int readingMinutes(String markdown) {
		var text = toPlainText(markdown).strip();
		if (text.isEmpty()) {
			return 1;
		}
		int words = text.split("\\s+").length;
		return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
	}

}
