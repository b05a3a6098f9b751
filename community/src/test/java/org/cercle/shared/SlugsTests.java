package org.cercle.shared;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void dropsAccentsAndTurnsApostrophesAndDotsIntoDashes() {
		assertThat(Slugs.of("La communauté au coeur de l'organisation 2.0"))
			.isEqualTo("la-communaute-au-coeur-de-l-organisation-2-0");
	}

	@Test
	void treatsTypographicApostropheLikeStraightOne() {
		assertThat(Slugs.of("La communauté au cœur de l’organisation 2.0"))
			.isEqualTo("la-communaute-au-coeur-de-l-organisation-2-0");
	}

	@Test
	void spellsOutLigatures() {
		assertThat(Slugs.of("Œuvre, cœur et Lætitia")).isEqualTo("oeuvre-coeur-et-laetitia");
	}

	@Test
	void keepsOnlyReadableAsciiWithoutLeadingOrTrailingDashes() {
		assertThat(Slugs.of("« Matinée E2.0 > Métiers et IT : un nouveau contrat de service ! »"))
			.isEqualTo("matinee-e2-0-metiers-et-it-un-nouveau-contrat-de-service");
	}

	@Test
	void foldsSpanishTildeToo() {
		assertThat(Slugs.of("Iñigo de La Serna à Santander")).isEqualTo("inigo-de-la-serna-a-santander");
	}

	@Test
	void neverReturnsAnEmptySlug() {
		assertThat(Slugs.of("!!! ???")).isEqualTo("article");
	}

	@Test
	void cutsVeryLongTitlesAtAWordBoundaryFreeOfDashes() {
		var slug = Slugs.of("a".repeat(79) + " bcd");
		assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
	}

	@Test
	void numbersDuplicatesFromTwo() {
		Set<String> taken = Set.of("bonne-annee", "bonne-annee-2");
		assertThat(Slugs.unique("Bonne année", taken::contains)).isEqualTo("bonne-annee-3");
		assertThat(Slugs.unique("Bonne année !", Set.of("bonne-annee")::contains)).isEqualTo("bonne-annee-2");
		assertThat(Slugs.unique("Nouvelle", taken::contains)).isEqualTo("nouvelle");
	}

}
