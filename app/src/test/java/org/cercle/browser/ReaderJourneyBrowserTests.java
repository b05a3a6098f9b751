package org.cercle.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in a real headless Chromium: from the home page to an article, then to its
 * tag.
 */
class ReaderJourneyBrowserTests extends BrowserTest {

	@Test
	void readerOpensAnArticleFromTheHomePageAndFollowsItsTag() {
		var wait = waiting();
		open("/");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

		browser.findElement(By.linkText("La communauté au cœur de l'organisation 2.0")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.article h1"),
				"La communauté au cœur de l'organisation 2.0"));
		assertThat(browser.getCurrentUrl()).endsWith("/articles/la-communaute-au-coeur-de-l-organisation-2-0");
		assertThat(browser.findElement(By.cssSelector(".prose")).getText()).contains("Le cercle, une figure ancienne")
			.contains("community manager");

		browser.findElement(By.cssSelector(".article a[rel=tag][href='/tags/community-management']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Community management"));
		assertThat(browser.getTitle()).startsWith("Thème");
		assertThat(browser.findElements(By.cssSelector(".card-title a")))
			.anySatisfy(link -> assertThat(link.getText()).isEqualTo("La communauté au cœur de l'organisation 2.0"));
	}

	@Test
	void aReaderIsToldTheirOwnTimeOnlyWhenTheirClockDiffersFromGenevas() {
		var event = "/events/le-social-crm-au-service-de-la-relation-client";
		try {
			browser.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "Europe/Paris"));
			open(event);
			assertThat(browser.findElements(By.cssSelector(".local-time"))).as("Paris shows Geneva's hour").isEmpty();
			browser.executeCdpCommand("Emulation.setTimezoneOverride",
					java.util.Map.of("timezoneId", "America/Montreal"));
			open(event);
			waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".local-time")));
			assertThat(browser.findElement(By.cssSelector(".local-time")).getText()).startsWith("(chez vous");
		}
		finally {
			browser.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", ""));
		}
	}

	@Test
	void pagesAreReadableWithoutJavaScriptAndKeyboardReachable() {
		open("/articles");
		assertThat(browser.findElements(By.cssSelector("script:not([type='application/ld+json'])"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector(".card-title a"))).hasSize(10);
		var skip = browser.findElement(By.cssSelector("a.skip-link"));
		assertThat(skip.getAttribute("href")).endsWith("#contenu");
	}

}
