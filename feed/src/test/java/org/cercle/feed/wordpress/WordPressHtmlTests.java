package org.cercle.feed.wordpress;

import java.util.Map;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.cercle.shared.Markdown;

import static org.assertj.core.api.Assertions.assertThat;

/** WordPress's HTML as Cercle shows it: paragraphs, code, asterisks and shortcodes. */
class WordPressHtmlTests {

	@Test
	void blankLinesMakeParagraphsAndACodeBlockKeepsItsBlankLine() {
		var html = Markdown.sanitizeHtml(Paragraphs.wpautop(
				"Premier paragraphe, *pas en italique*.\n\nSecond\nsur deux lignes.\n\n<pre>un\n\n## pas un titre</pre>"));
		var page = Jsoup.parse(html);
		assertThat(page.select("p").eachText()).containsExactly("Premier paragraphe, *pas en italique*.",
				"Second sur deux lignes.");
		assertThat(page.select("p br")).hasSize(1);
		assertThat(page.select("em, h2")).isEmpty();
		assertThat(page.select("pre").first().wholeText()).isEqualTo("un\n\n## pas un titre");
	}

	@Test
	void blockPostsAreLeftAsTheyAre() {
		var blocks = "<!-- wp:paragraph --><p>Déjà balisé.</p><!-- /wp:paragraph -->";
		assertThat(Paragraphs.wpautop(blocks)).isEqualTo(blocks);
	}

	@Test
	void unknownShortcodesAreRemovedAndNamed() {
		var removed = new TreeSet<String>();
		var html = Shortcodes.expand("Avant [contact-form-7 id=\"3\"] après [su_button]Cliquez[/su_button].", Map.of(),
				removed);
		assertThat(html).isEqualTo("Avant  après Cliquez.");
		assertThat(removed).containsExactly("contact-form-7", "su_button");
	}

}
