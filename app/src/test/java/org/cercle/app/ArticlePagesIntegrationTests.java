package org.cercle.app;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.testsupport.Pages;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ArticlePagesIntegrationTests {

	static final String LANDMARK = "/articles/la-communaute-au-coeur-de-l-organisation-2-0";

	@Autowired
	MockMvcTester mvc;

	@Test
	void showsTheArticleWithAuthorDateReadingTimeAndTags() {
		var result = mvc.get().uri(LANDMARK).exchange();
		assertThat(result).hasStatusOk();
		var page = Pages.html(result);
		assertThat(page.select("article.article h1").text()).isEqualTo("La communauté au cœur de l'organisation 2.0");
		assertThat(page.select(".article .meta").text()).contains("Publié le mercredi 20 mars 2013, 07:45")
			.contains("Claude Marchand")
			.contains("Lecture");
		assertThat(page.select(".article time").attr("datetime")).isEqualTo("2013-03-20T07:45:00+01:00");
		assertThat(page.select(".prose h2").eachText()).contains("Le cercle, une figure ancienne");
		assertThat(page.select(".article a[rel=tag]").eachText()).contains("Communautés", "Community management");
	}

	@Test
	void describesItselfForSearchEnginesAndSocialNetworks() throws Exception {
		var page = Pages.html(mvc.get().uri(LANDMARK).exchange());
		assertThat(page.title()).isEqualTo("La communauté au cœur de l'organisation 2.0 — Cercle");
		assertThat(page.select("script[type=application/ld+json]")).hasSize(2);
		assertThat(page.select("meta[name=description]").attr("content")).startsWith("Longtemps reléguée");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + LANDMARK);
		assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost" + LANDMARK);
		assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("http://localhost/feed.atom");
		var jsonLd = JsonMapper.builder()
			.build()
			.readTree(page.select("script[type=application/ld+json]").last().html());
		assertThat(jsonLd.get("@type").asString()).isEqualTo("BlogPosting");
		assertThat(jsonLd.get("headline").asString()).isEqualTo("La communauté au cœur de l'organisation 2.0");
		assertThat(jsonLd.get("datePublished").asString()).isEqualTo("2013-03-20T06:45:00Z");
		assertThat(jsonLd.get("author").get("name").asString()).isEqualTo("Claude Marchand");
	}

	@Test
	void linksToPreviousAndRelatedArticles() {
		var page = Pages.html(mvc.get().uri(LANDMARK).exchange());
		assertThat(page.select("nav.around a[rel=prev]").attr("href"))
			.isEqualTo("/articles/smart-city-la-communaute-urbaine-2-0-intelligente");
		assertThat(page.select("nav.around a[rel=next]")).isEmpty();
		assertThat(page.select(".related .card-title a").eachAttr("href")).isNotEmpty().doesNotContain(LANDMARK);
		var previous = Pages
			.html(mvc.get().uri("/articles/smart-city-la-communaute-urbaine-2-0-intelligente").exchange());
		assertThat(previous.select("nav.around a[rel=next]").attr("href")).isEqualTo(LANDMARK);
	}

	@Test
	void rendersFrenchTypographyWithoutTouchingTheStoredTitle() {
		var page = Pages.html(mvc.get().uri("/articles/smart-city-la-communaute-urbaine-2-0-intelligente").exchange());
		assertThat(Pages.text(page.select("article.article h1")))
			.isEqualTo("Smart city\u00A0: la communauté urbaine 2.0, intelligente\u202F!");
		assertThat(Pages.text(page.select(".prose"))).contains("passage des bus\u00A0: la ville");
	}

	@Test
	void eachPageHasItsOwnTitle() {
		var titles = new java.util.HashSet<String>();
		for (var path : new String[] { "/", "/articles", LANDMARK, "/tags/communautes", "/members/claude" }) {
			titles.add(Pages.html(mvc.get().uri(path).exchange()).title());
		}
		assertThat(titles).hasSize(5);
	}

	@Test
	void listsArticlesOfATagWithItsFeed() {
		var result = mvc.get().uri("/tags/smart-city").exchange();
		assertThat(result).hasStatusOk();
		var page = Pages.html(result);
		assertThat(Pages.text(page.select("h1"))).isEqualTo("Thème\u00A0: Smart city");
		assertThat(Pages.text(page.select(".card-title a")))
			.isEqualTo("Smart city\u00A0: la communauté urbaine 2.0, intelligente\u202F!");
		assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.contains("http://localhost/tags/smart-city/feed.atom");
	}

	@Test
	void unknownArticleIsAFrenchNotFoundPageInTheLayout() {
		var result = mvc.get().uri("/articles/cet-article-n-existe-pas").exchange();
		assertThat(result).hasStatus(404);
		var page = Pages.html(result);
		assertThat(page.select("main").text()).contains("Cet article n'existe pas ou n'est plus publié.");
		assertThat(page.select("header.site-header nav")).hasSize(1);
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	@Test
	void unknownTagIsAFrenchNotFoundPage() {
		var result = mvc.get().uri("/tags/inconnu").exchange();
		assertThat(result).hasStatus(404);
		assertThat(Pages.html(result).select("main").text()).contains("Ce thème n'existe pas.");
	}

	@Test
	void listsAllArticlesNewestFirst() {
		var page = Pages.html(mvc.get().uri("/articles").exchange());
		assertThat(page.select("h1").text()).isEqualTo("Tous les articles");
		assertThat(page.select(".card-title a")).hasSize(10);
		assertThat(page.select("nav.pagination a[rel=next]").attr("href")).startsWith("/articles?avant=");
	}

}
