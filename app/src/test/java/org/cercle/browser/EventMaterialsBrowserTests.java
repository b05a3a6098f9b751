package org.cercle.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.events.TestEvents;
import org.cercle.feed.article.TestArticles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a Matinée (#17): the organiser uploads the slides and links the write-up; a
 * reader goes from the series to the past edition, downloads the slides and follows the
 * write-up, which links back to the event.
 */
class EventMaterialsBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	TestEvents events;

	@Autowired
	TestArticles articles;

	@Test
	void theOrganiserPostsSlidesAndWriteUpAndAReaderFindsThemFromTheSeries() throws Exception {
		var title = "Matinée passée du navigateur " + UUID.randomUUID().toString().substring(0, 6);
		var event = events.published(title, LocalDateTime.of(2011, 5, 18, 8, 0), 40);
		var organiser = members.create("orga-supports", Role.ORGANISER);
		var article = articles.published(members.create("plume-nav", Role.AUTHOR).id());
		var slides = Files.createTempFile("diapositives", ".pdf");
		Files.writeString(slides, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", StandardCharsets.US_ASCII);

		signIn(organiser);
		open("/manage/events/" + event.slug());
		browser.findElement(By.linkText("Supports et compte rendu")).click();
		browser.findElement(By.id("file-title")).sendKeys("Diapositives de la matinée");
		browser.findElement(By.id("file")).sendKeys(slides.toString());
		browser.findElement(By.xpath("//button[normalize-space()='Ajouter le fichier']")).click();
		waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Support ajouté"));
		browser.findElement(By.id("write-up-address")).sendKeys("/articles/" + article);
		browser.findElement(By.xpath("//button[normalize-space()='Choisir comme compte rendu']")).click();
		waiting().until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Compte rendu choisi"));
		signOut();

		open("/series/matinees-e2-0");
		var edition = browser
			.findElement(By.xpath("//section[h2[@id='past-heading']]//li[contains(@class,'event-item')]"
					+ "[.//a[normalize-space()='" + title + "']]"));
		assertThat(edition.findElement(By.cssSelector(".materials-badge")).getText()).isEqualTo("2 supports");
		edition.findElement(By.linkText(title)).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("materials-heading"),
				"Supports et compte rendu"));
		assertThat(browser.findElement(By.cssSelector(".after-event")).getText()).contains("a eu lieu");
		var download = browser.findElement(By.linkText("Diapositives de la matinée"));
		assertThat(download.findElement(By.xpath("following-sibling::small")).getText()).startsWith("diapositives");
		var answer = (String) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(async response => done(response.headers.get('content-type') + '|'
				    + response.headers.get('content-disposition') + '|' + (await response.text()).slice(0, 8)));""",
				download.getAttribute("href"));
		assertThat(answer).startsWith("application/pdf|attachment;").contains("diapositives").endsWith("|%PDF-1.4");

		browser.findElement(By.linkText("Article de test " + article)).click();
		waiting().until(driver -> {
			driver.navigate().refresh();
			return !driver.findElements(By.cssSelector(".write-up-of a")).isEmpty();
		});
		browser.findElement(By.cssSelector(".write-up-of a")).click();
		waiting().until(ExpectedConditions.titleContains(title));
	}

}
