package org.cercle.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import org.cercle.community.account.TestMembers;
import org.cercle.community.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium: an author writes a draft, previews it and publishes it; a
 * reader then finds it by searching a word typed without its accent.
 */
class EditorialJourneyBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Test
	void anAuthorDraftsPreviewsAndPublishesAndAReaderFindsTheArticleWithoutAccents() {
		var wait = waiting();
		var author = members.create("plume", Role.AUTHOR);
		var word = "Éphémérides" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 3) + "zé";
		var title = "Les " + word + " de la communauté";

		signIn(author);

		manage("Mes articles");
		browser.findElement(By.linkText("Nouvel article")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("summary")).sendKeys("Un calendrier des rencontres à venir.");
		browser.findElement(By.id("body")).sendKeys("## Au programme\n\nDes **matinées** et des cercles.");
		browser.findElement(By.cssSelector("button[value=save]")).click();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Brouillon enregistré"));
		var editPath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

		browser.findElement(By.cssSelector("button[value=preview]")).click();
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".preview h2 + .prose h2, .preview .prose h2")));
		assertThat(browser.findElement(By.cssSelector(".preview .prose strong")).getText()).isEqualTo("matinées");

		var preview = browser.findElement(By.id("apercu"));
		assertThat(preview.getLocation().getY()).as("the preview above the form, where the author looks")
			.isLessThan(browser.findElement(By.id("title")).getLocation().getY());
		assertThat(preview.getText()).contains(title).contains("Un calendrier des rencontres à venir.");
		assertThat(browser.findElement(By.cssSelector("button[value=publish]")).isDisplayed())
			.as("publishing is a second, deliberate step")
			.isFalse();
		browser.findElement(By.cssSelector("details.publish-step summary")).click();
		browser.findElement(By.cssSelector("button[value=publish]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Article publié"));
		signOut();

		open("/search?q=" + word.replace("É", "E").replace("é", "e").toLowerCase());
		var found = wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(title)));
		assertThat(browser.findElement(By.cssSelector(".results")).getText()).contains(word);
		found.click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
		assertThat(editPath).startsWith("/manage/articles/");
	}

}
