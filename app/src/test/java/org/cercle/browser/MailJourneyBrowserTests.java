package org.cercle.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium, with the in-process SMTP server: a new member confirms
 * their address from the letter shown at {@code /dev/mail} and comments; later they
 * forget their password, reset it from a second letter and sign in with the new one.
 */
class MailJourneyBrowserTests extends BrowserTest {

	@Test
	void registersConfirmsTheAddressCommentsThenResetsAForgottenPassword() {
		var wait = waiting();
		var handle = "courrier-" + UUID.randomUUID().toString().substring(0, 8);
		var email = handle + "@exemple.ch";

		open("/register");
		browser.findElement(By.id("handle")).sendKeys(handle);
		browser.findElement(By.id("displayName")).sendKeys("Inès Courrier");
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("le facteur passe à neuf heures");
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
				"Vérifiez votre boîte de réception"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains(email);
		assertThat(browser.findElements(By.cssSelector(".nav-account"))).as("signed in by the link only").isEmpty();

		openLetter(email, "Confirmez votre adresse");
		browser.findElement(By.cssSelector(".mail-html a[href*='/verify?token=']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Confirmer votre adresse"));
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"adresse e-mail est confirmée"));
		assertThat(browser.findElement(By.cssSelector(".nav-account")).getText()).isEqualTo("Inès Courrier");
		assertThat(browser.findElements(By.cssSelector(".verify-banner"))).isEmpty();

		var words = "Merci pour ce compte rendu " + UUID.randomUUID().toString().substring(0, 6);
		open("/articles/la-communaute-au-coeur-de-l-organisation-2-0");
		browser.findElement(By.id("body")).sendKeys(words);
		browser.findElement(By.cssSelector("form.comment-form button[type=submit]")).click();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "attend la validation"));
		assertThat(browser.findElement(By.cssSelector("#commentaires")).getText()).contains(words);
		signOut();

		open("/login");
		browser.findElement(By.linkText("Mot de passe oublié ?")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mot de passe oublié"));
		browser.findElement(By.id("email")).sendKeys(email);
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Si un compte existe"));

		openLetter(email, "Réinitialiser");
		browser.findElement(By.cssSelector(".mail-text a[href*='/password/reset?token=']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
				"Choisir un nouveau mot de passe"));
		browser.findElement(By.id("password")).sendKeys("une nouvelle phrase bien à moi");
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"Votre mot de passe est changé"));

		browser.findElement(By.id("username")).sendKeys(handle);
		browser.findElement(By.id("password")).sendKeys("une nouvelle phrase bien à moi");
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nav-account")));
		assertThat(browser.findElement(By.cssSelector(".nav-account")).getText()).isEqualTo("Inès Courrier");
	}

	/**
	 * Opens, in /dev/mail, the newest letter to the address whose subject has these
	 * words.
	 */
	private void openLetter(String to, String subject) {
		var wait = waiting();
		wait.until(driver -> {
			open("/dev/mail");
			return !driver
				.findElements(By.xpath("//tr[td[contains(., '" + to + "')]]//a[contains(., '" + subject + "')]"))
				.isEmpty();
		});
		browser.findElement(By.xpath("//tr[td[contains(., '" + to + "')]]//a[contains(., '" + subject + "')]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mail-text")));
	}

}
