package org.cercle.app;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.testsupport.Pages;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French full-text search across articles, events and circles, on the demo content plus a
 * few test articles.
 */
@IntegrationTest
class SearchIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.cercle.community.account.TestMembers members;

	@BeforeEach
	void articlesForRankingAndVisibility() {
		if (jdbc.sql("select count(*) from feed_article where slug like 'recherche-test-%'")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		article("recherche-test-titre", "Le zorglubisme expliqué", "Un résumé sans le mot.", "Un corps ordinaire.",
				"PUBLISHED");
		article("recherche-test-corps", "Un titre ordinaire", "Un résumé ordinaire.", "Le corps parle de zorglubisme.",
				"PUBLISHED");
		article("recherche-test-exclusion", "Le gaffophone", "Un instrument.", "Le corps parle aussi du marsupilami.",
				"PUBLISHED");
		article("recherche-test-brouillon", "Brouillon secret", "Résumé",
				"Le mot tartempion n'apparaît que dans un brouillon.", "DRAFT");
	}

	@Test
	void foldsAccents() {
		assertThat(titles("evenement")).contains("Événements hybrides : réussir la rencontre en salle et en ligne");
	}

	@Test
	void findsSingularFromPlural() {
		assertThat(titles("communautés")).contains("La communauté au cœur de l'organisation 2.0");
	}

	@Test
	void foldsLigatures() {
		assertThat(titles("coeur")).contains("Comment allons-nous travailler demain ? (Future of Work)");
	}

	@Test
	void stripsElisionsWithEitherApostrophe() {
		assertThat(titles("l’organisation")).contains("La communauté au cœur de l'organisation 2.0");
		assertThat(titles("l'organisation")).contains("La communauté au cœur de l'organisation 2.0");
	}

	@Test
	void searchesEventsToo() {
		var page = Pages.html(mvc.get().uri("/search?q=\"contrat de service\"").exchange());
		assertThat(page.select(".results .kind").eachText()).contains("Article", "Événement");
	}

	@Test
	void findsPublicCirclesForEveryoneAndPrivateOnesOnlyForTheirMembers() {
		assertThat(titles("tiers-lieux")).contains("Futur du travail");
		assertThat(titles("benevoles Geneve")).as("a private circle, anonymous")
			.doesNotContain("Organisation des Matinées E2.0");
		var outsider = members.create("curieuse");
		assertThat(titlesFor("benevoles Geneve", outsider)).doesNotContain("Organisation des Matinées E2.0");
		var moderator = members.create("moderatrice-recherche", org.cercle.community.Role.MODERATOR);
		assertThat(titlesFor("benevoles Geneve", moderator)).contains("Organisation des Matinées E2.0");
		var page = Pages.html(mvc.get().uri("/search").param("q", "tiers-lieux").exchange());
		assertThat(page.select(".results .kind").eachText()).contains("Cercle");
	}

	@Test
	void ranksATitleMatchAboveABodyMatch() {
		assertThat(titles("zorglubisme")).containsExactly("Le zorglubisme expliqué", "Un titre ordinaire");
	}

	@Test
	void neverFindsDrafts() {
		assertThat(titles("tartempion")).isEmpty();
	}

	@Test
	void highlightsMatchesInSafeSnippets() {
		var page = Pages.html(mvc.get().uri("/search?q=zorglubisme").exchange());
		assertThat(page.select(".snippet mark").eachText()).contains("zorglubisme");
		var hostile = Pages.body(mvc.get().uri("/search?q=<script>alert(1)</script>").exchange());
		assertThat(hostile).doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void understandsWebSearchSyntax() {
		assertThat(titles("zorglubisme -expliqué")).containsExactly("Un titre ordinaire");
		assertThat(titles("tartempion or zorglubisme")).hasSize(2);
	}

	@Test
	void anExcludedWordInTheBodyExcludesATitleMatch() {
		assertThat(titles("gaffophone")).containsExactly("Le gaffophone");
		assertThat(titles("gaffophone -marsupilami")).isEmpty();
	}

	@Test
	void showsHintsForAnEmptyQuery() {
		var page = Pages.html(mvc.get().uri("/search").exchange());
		assertThat(page.select(".hints li")).hasSizeGreaterThan(2);
		assertThat(page.select("form[role=search] input[name=q]")).hasSize(1);
	}

	@Test
	void handlesHugeAndOddQueriesWithoutErrors() {
		assertThat(mvc.get().uri("/search").param("q", "é".repeat(1000)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/search").param("q", "\"'&|!:*()<>\\ -- or or \"").exchange()).hasStatusOk();
		var badPage = mvc.get().uri("/search?q=cercle&page=abc").exchange();
		assertThat(badPage).hasStatus(400);
		assertThat(mvc.get().uri("/search?q=cercle&page=0").exchange()).hasStatus(400);
	}

	@Test
	void snippetsAreCutFromTheTextAloneWithoutMarkupOrARepeatedSentence() {
		jdbc.sql(
				"""
						insert into feed_article (id, slug, title, summary, body_markdown, body_format, author_id, status,
						    published_at, updated_at, reading_minutes)
						values (:id, 'recherche-test-html', 'Un article importé', 'Cet article parle du zigouigoui des marais.',
						    '<p>Cet article parle du zigouigoui des marais.</p><p>Il vit <a href="https://exemple.ch/x">près de l''eau</a>.</p>',
						    'HTML', :author, 'PUBLISHED', timestamptz '2000-01-02 09:00+01', now(), 1)
						on conflict (slug) do nothing""")
			.param("id", UUID.randomUUID())
			.param("author", UUID.randomUUID())
			.update();
		var snippet = Pages.html(mvc.get().uri("/search").param("q", "zigouigoui").exchange())
			.select(".results li:has(a[href=/articles/recherche-test-html]) .snippet")
			.text();
		assertThat(snippet).contains("zigouigoui").doesNotContain("<").doesNotContain("pCet").doesNotContain("href");
		assertThat(snippet.split("parle du zigouigoui", -1)).as("the sentence once").hasSize(2);
	}

	@Test
	void theResultsAreCountedAndCanBeNarrowedToOneKind() {
		var all = Pages.html(mvc.get().uri("/search").param("q", "zorglubisme").exchange());
		assertThat(all.select(".result-count").text()).isEqualTo("2 résultats");
		assertThat(all.select(".tabs a").eachText()).containsExactly("Tout (2)", "Articles (2)", "Événements (0)",
				"Cercles (0)");
		assertThat(all.select(".tabs a[aria-current]").text()).isEqualTo("Tout (2)");
		var events = Pages.html(mvc.get().uri("/search").param("q", "matinée").param("kind", "event").exchange());
		assertThat(events.select(".results .kind").eachText()).isNotEmpty()
			.allMatch(kind -> kind.startsWith("Événement"));
		assertThat(events.select(".tabs a[aria-current]").text()).startsWith("Événements");
		assertThat(mvc.get().uri("/search").param("q", "matinée").param("kind", "membres").exchange()).hasStatus(400);
	}

	@Test
	void upcomingEventsComeBeforeOldArticlesOfTheSameWords() {
		var first = Pages.html(mvc.get().uri("/search").param("q", "matinée").exchange()).select(".results li").first();
		assertThat(first.select(".kind").text()).startsWith("Événement");
	}

	private java.util.List<String> titlesFor(String query, org.cercle.community.member.Member viewer) {
		var result = mvc.get()
			.uri("/search")
			.param("q", query)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(org.cercle.community.account.TestMembers.principal(viewer)))
			.exchange();
		assertThat(result).hasStatusOk();
		return Pages.html(result).select(".results .card-title a").eachText();
	}

	private java.util.List<String> titles(String query) {
		var result = mvc.get().uri("/search").param("q", query).exchange();
		assertThat(result).hasStatusOk();
		return Pages.html(result).select(".results .card-title a").eachText();
	}

	private void article(String slug, String title, String summary, String body, String status) {
		jdbc.sql(
				"""
						insert into feed_article (id, slug, title, summary, body_markdown, author_id, status, published_at, updated_at, reading_minutes)
						values (:id, :slug, :title, :summary, :body, :author, :status, case when :status = 'PUBLISHED' then timestamptz '2000-01-01 09:00+01' end, now(), 1)""")
			.param("id", UUID.randomUUID())
			.param("slug", slug)
			.param("title", title)
			.param("summary", summary)
			.param("body", body)
			.param("author", UUID.randomUUID())
			.param("status", status)
			.update();
	}

}
