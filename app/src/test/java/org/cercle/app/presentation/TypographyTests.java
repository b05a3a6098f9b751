package org.cercle.app.presentation;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypographyTests {

	private static final String NBSP = "\u00A0";

	private static final String NARROW = "\u202F";

	private final Typography typography = new Typography();

	@Test
	void putsNoBreakSpaceBeforeColon() {
		assertThat(typography.text("Smart city : la ville")).isEqualTo("Smart city" + NBSP + ": la ville");
		assertThat(typography.text("Note: la suite")).isEqualTo("Note" + NBSP + ": la suite");
	}

	@Test
	void putsNarrowNoBreakSpaceBeforeSemicolonExclamationAndQuestionMarks() {
		assertThat(typography.text("Vraiment ? Oui ! Bien ; merci"))
			.isEqualTo("Vraiment" + NARROW + "? Oui" + NARROW + "! Bien" + NARROW + "; merci");
		assertThat(typography.text("Demain?")).isEqualTo("Demain" + NARROW + "?");
	}

	@Test
	void putsNoBreakSpacesInsideGuillemets() {
		assertThat(typography.text("un «nouveau contrat»")).isEqualTo("un «" + NBSP + "nouveau contrat" + NBSP + "»");
		assertThat(typography.text("un « nouveau »")).isEqualTo("un «" + NBSP + "nouveau" + NBSP + "»");
	}

	@Test
	void leavesTimesAlone() {
		assertThat(typography.text("Rendez-vous à 10:30 à Genève")).isEqualTo("Rendez-vous à 10:30 à Genève");
	}

	@Test
	void leavesUrlsAlone() {
		assertThat(typography.text("Voir https://example.org/page?x=1;y=2 ! Puis mailto:claude@example.org"))
			.isEqualTo("Voir https://example.org/page?x=1;y=2" + NARROW + "! Puis mailto:claude@example.org");
	}

	@Test
	void leavesCodeAndPreformattedTextAloneInHtml() {
		var html = typography.html("<p>Exemple : <code>a ? b : c</code></p><pre>x : y</pre>");
		assertThat(Jsoup.parse(html).wholeText()).contains("Exemple" + NBSP + ":");
		assertThat(html).contains("<code>a ? b : c</code>").contains("<pre>x : y</pre>");
	}

	@Test
	void leavesAttributesAloneInHtml() {
		var html = typography
			.html("<p><a href=\"https://example.org/?a=b\" title=\"Titre : sous-titre\">lien</a> !</p>");
		assertThat(html).contains("href=\"https://example.org/?a=b\"")
			.contains("title=\"Titre : sous-titre\"")
			.contains("</a>" + NARROW + "!");
	}

	@Test
	void neverChangesTheWordsThemselves() {
		var text = "La communauté au coeur de l'organisation 2.0";
		assertThat(typography.text(text)).isEqualTo(text);
	}

}
