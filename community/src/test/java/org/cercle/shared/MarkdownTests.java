package org.cercle.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	@Test
	void rendersHeadingsEmphasisListsAndTables() {
		var html = Markdown.toSafeHtml("""
				## Titre

				Du **gras** et de l'*italique*.

				- un
				- deux

				| a | b |
				|---|---|
				| 1 | 2 |
				""");
		assertThat(html).contains("<h2>Titre</h2>", "<strong>gras</strong>", "<em>italique</em>", "<li>un</li>",
				"<table>", "<td>1</td>");
	}

	@Test
	void removesScriptsEventHandlersAndJavascriptLinks() {
		var html = Markdown.toSafeHtml("""
				Bonjour <script>alert('x')</script>

				<img src="https://example.org/a.png" onerror="alert(1)">

				[clic](javascript:alert(1)) <a href="https://example.org" onclick="steal()">lien</a>
				""");
		assertThat(html).doesNotContain("<script", "onerror", "onclick", "javascript:")
			.contains("https://example.org/a.png", "href=\"https://example.org\"");
	}

	@Test
	void keepsRelativeLinksInsideTheSite() {
		assertThat(Markdown.toSafeHtml("[tags](/tags/communautes)")).contains("href=\"/tags/communautes\"");
	}

	@Test
	void countsReadingTimeAtTwoHundredWordsAMinute() {
		assertThat(Markdown.readingMinutes("mot ".repeat(200))).isEqualTo(1);
		assertThat(Markdown.readingMinutes("mot ".repeat(201))).isEqualTo(2);
		assertThat(Markdown.readingMinutes("")).isEqualTo(1);
	}

	@Test
	void plainTextDropsMarkup() {
		assertThat(Markdown.toPlainText("## Titre\n\nDu **gras**")).isEqualTo("Titre Du gras");
	}

}
