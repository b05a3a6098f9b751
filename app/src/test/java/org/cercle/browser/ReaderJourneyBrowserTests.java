package org.cercle.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader in a real headless Chromium: from the home page to an article, then to its tag. */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.cercle.browser.Chromium#installed",
		disabledReason = "Chromium or chromedriver not found in /usr/bin: apt-get install chromium chromium-driver")
class ReaderJourneyBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void readerOpensAnArticleFromTheHomePageAndFollowsItsTag() {
		var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

		browser.findElement(By.linkText("La communauté au coeur de l'organisation 2.0")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.article h1"),
				"La communauté au coeur de l'organisation 2.0"));
		assertThat(browser.getCurrentUrl()).endsWith("/articles/la-communaute-au-coeur-de-l-organisation-2-0");
		assertThat(browser.findElement(By.cssSelector(".prose")).getText()).contains("Le cercle, une figure ancienne")
			.contains("community manager");

		browser.findElement(By.cssSelector(".article a[rel=tag][href='/tags/community-management']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Community management"));
		assertThat(browser.getTitle()).startsWith("Thème");
		assertThat(browser.findElements(By.cssSelector(".card-title a")))
			.anySatisfy(link -> assertThat(link.getText()).isEqualTo("La communauté au coeur de l'organisation 2.0"));
	}

	@Test
	void pagesAreReadableWithoutJavaScriptAndKeyboardReachable() {
		browser.get("http://localhost:" + port + "/articles");
		assertThat(browser.findElements(By.cssSelector("script:not([type='application/ld+json'])"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector(".card-title a"))).hasSize(10);
		var skip = browser.findElement(By.cssSelector("a.skip-link"));
		assertThat(skip.getAttribute("href")).endsWith("#contenu");
	}

}
