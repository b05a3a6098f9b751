package org.cercle.feed.wordpress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A post without excerpt gets a summary of whole sentences or whole words. */
class SummariesTests {

	@Test
	void aLongTextIsCutAtTheLastSentenceThatFits() {
		var text = "Première phrase assez longue pour compter, sur la vie associative et ses bénévoles. ".repeat(3)
				+ "Une dernière phrase qui dépasse largement la limite des trois cents caractères du résumé.";
		var summary = Summaries.of(text, "Titre");
		assertThat(summary).hasSizeLessThanOrEqualTo(Summaries.MAX).endsWith("bénévoles.").doesNotEndWith("…");
	}

	@Test
	void withoutASentenceEndItIsCutBetweenWordsWithAnEllipsis() {
		var text = "mot ".repeat(50) + "anticonstitutionnellement ".repeat(10);
		var summary = Summaries.of(text, "Titre");
		assertThat(summary).hasSizeLessThanOrEqualTo(Summaries.MAX).endsWith("…");
		var lastWord = summary.substring(0, summary.length() - 1).strip();
		assertThat(lastWord).matches(".*(mot|anticonstitutionnellement)$");
	}

	@Test
	void aShortTextIsKeptWholeAndAnEmptyOneIsTheTitle() {
		assertThat(Summaries.of("  Court   texte. ", "Titre")).isEqualTo("Court texte.");
		assertThat(Summaries.of(" ", "Titre")).isEqualTo("Titre");
	}

}
