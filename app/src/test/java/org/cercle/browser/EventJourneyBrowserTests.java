package org.cercle.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.community.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organiser publishes an event that then shows on the home page; a member takes the
 * only seat; another member lands on the waitlist and sees their position.
 */
class EventJourneyBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Test
	void organiserPublishesMembersRegisterAndTheNextOneWaits() {
		var organiser = members.create("orga-nav", Role.ORGANISER);
		var first = members.create("premier-nav");
		var second = members.create("second-nav");
		var draftTitle = "Matinée du navigateur " + organiser.handle();
		var title = draftTitle + " (modifiée)";
		var day = LocalDate.now().plusDays(30).toString();

		signIn(organiser);
		open("/manage/events/new");
		browser.findElement(By.id("title")).sendKeys(draftTitle);
		browser.findElement(By.id("summary")).sendKeys("Une matinée créée de bout en bout dans Chromium.");
		type("startDate", day);
		type("endDate", day);
		browser.findElement(By.id("capacity")).sendKeys("1");
		browser.findElement(By.id("venueName")).sendKeys("Espace Cercle");
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Brouillon créé"));
		var titleField = browser.findElement(By.id("title"));
		titleField.sendKeys(" (modifiée)");
		browser.findElement(By.xpath("//button[normalize-space()='Enregistrer et publier']")).click();
		waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Événement publié"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).as("the edit made before publishing is kept")
			.isEqualTo(title);
		assertThat(browser.findElements(By.xpath("//button[normalize-space()='Enregistrer et publier']")))
			.as("one save action on a published event")
			.isEmpty();
		browser.findElement(By.id("summary")).sendKeys(" Café offert.");
		browser.findElement(By.xpath("//button[normalize-space()='Enregistrer les modifications']")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"Modifications enregistrées et publiées"));
		assertThat(browser.findElement(By.id("summary")).getAttribute("value")).endsWith("Café offert.");
		var eventPath = browser.findElement(By.linkText("Voir la page publique")).getAttribute("href");

		waiting().until(driver -> {
			open("/");
			return driver.findElements(By.cssSelector(".card.announcement .card-title a"))
				.stream()
				.anyMatch(link -> link.getText().equals(title));
		});
		signOut();

		signIn(first);
		browser.get(eventPath);
		browser.findElement(By.xpath("//button[normalize-space()=\"Je m'inscris\"]")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".registration .notice"),
				"Vous êtes inscrit·e"));
		var box = browser.findElement(By.cssSelector(".registration"));
		assertThat(box.findElement(By.cssSelector("a.button")).getText()).as("the calendar, inside the box")
			.startsWith("Ajouter à mon agenda");
		var cancel = box.findElement(By.cssSelector("details.cancel-registration button"));
		assertThat(cancel.isDisplayed()).as("cancelling takes a second, confirming step").isFalse();
		box.findElement(By.cssSelector("details.cancel-registration summary")).click();
		assertThat(box.findElement(By.cssSelector("details.cancel-registration p")).getText())
			.contains("première personne en liste d'attente");
		assertThat(cancel.isDisplayed()).isTrue();
		signOut();

		signIn(second);
		browser.get(eventPath);
		assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Aucune place libre sur 1");
		browser.findElement(By.cssSelector(".registration button")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".registration .notice"),
				"liste d'attente, en position 1"));
	}

	/**
	 * Sets a date field's value the way a date picker would, whatever the browser's
	 * locale.
	 */
	private void type(String id, String isoDate) {
		browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
	}

}
