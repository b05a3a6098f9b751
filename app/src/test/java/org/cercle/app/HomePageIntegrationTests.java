package org.cercle.app;

import java.util.ArrayList;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.testsupport.Pages;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HomePageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheNewestArticleFirstInFrench() {
		var result = mvc.get().uri("/").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		var page = Pages.html(result);
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select(".card:not(.announcement) .card-title a").first().text())
			.isEqualTo("La communauté au cœur de l'organisation 2.0");
		assertThat(page.select(".card.announcement .kind").text()).contains("Événement annoncé");
		assertThat(page.select("aside .event-title a").eachText())
			.contains("Le social CRM au service de la relation client");
		assertThat(page.select("nav a").eachText()).contains("Articles", "Événements", "Cercles", "Rechercher",
				"Se connecter");
		assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#contenu");
		assertThat(page.select("main#contenu")).hasSize(1);
	}

	@Test
	void pagesThroughEveryPublishedArticleOnceByKeyset() {
		var published = jdbc.sql("""
				select (select count(*) from feed_article where status = 'PUBLISHED')
				     + (select count(*) from feed_announcement)""").query(Long.class).single();
		var seen = new ArrayList<String>();
		var titles = new HashSet<String>();
		String next = "/";
		int pages = 0;
		while (next != null && pages++ < 100) {
			var page = Pages.html(mvc.get().uri(next).exchange());
			titles.add(page.title());
			seen.addAll(page.select(".card-title a").eachAttr("href"));
			var older = page.select("nav.pagination a[rel=next]");
			next = older.isEmpty() ? null : older.attr("href");
		}
		assertThat(pages).isGreaterThan(3);
		assertThat(seen).hasSize(published.intValue());
		assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
		assertThat(titles).as("every page has its own title").hasSize(pages);
	}

	@Test
	void describesTheSiteForSearchEngines() throws Exception {
		var page = Pages.html(mvc.get().uri("/").exchange());
		assertThat(page.select("meta[name=description]").attr("content")).startsWith("Cercle, le portail");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(page.title());
		var jsonLd = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(jsonLd.get("@type").asString()).isEqualTo("WebPage");
		assertThat(jsonLd.get("isPartOf").get("name").asString()).isEqualTo("Cercle");
	}

	@Test
	void olderPagesUseACursorNotAnOffset() {
		var older = Pages.html(mvc.get().uri("/").exchange()).select("nav.pagination a[rel=next]").attr("href");
		assertThat(older).matches("/\\?avant=\\d+_[0-9a-f-]{36}");
		var page = Pages.html(mvc.get().uri(older).exchange());
		assertThat(page.title()).startsWith("Cercle — publications jusqu'au ");
		assertThat(page.select("nav.pagination a").eachText()).contains("Revenir aux plus récentes");
	}

	@Test
	void answersMalformedCursorWithFrenchBadRequest() {
		var result = mvc.get().uri("/?avant=n-importe-quoi").exchange();
		assertThat(result).hasStatus(400);
		var page = Pages.html(result);
		assertThat(page.select("h1").text()).isEqualTo("Erreur 400");
		assertThat(page.select("main").text()).contains("Le paramètre de pagination « avant » est mal formé")
			.doesNotContain("Exception");
	}

	@Test
	void speaksEnglishWhenTheBrowserPrefersIt() {
		var page = Pages.html(mvc.get().uri("/").header("Accept-Language", "en-GB,en;q=0.8").exchange());
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select("nav a").eachText()).contains("Events", "Circles", "Sign in");
	}

	@Test
	void fallsBackToFrenchForUnsupportedLanguages() {
		var page = Pages.html(mvc.get().uri("/").header("Accept-Language", "de-CH,de;q=0.9").exchange());
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
	}

	@Test
	void languageSwitchIsRememberedInACookie() {
		var result = mvc.get().uri("/articles?lang=en").exchange();
		assertThat(result).cookies().containsCookie("cercle_lang");
		assertThat(Pages.html(result).select("h1").text()).isEqualTo("All articles");
		var switchBack = Pages.html(result).select("a[hreflang=fr]").attr("href");
		assertThat(switchBack).isEqualTo("/articles?lang=fr");
	}

}
