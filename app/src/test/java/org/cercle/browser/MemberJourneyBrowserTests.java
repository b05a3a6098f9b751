package org.cercle.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor in a real headless Chromium becomes a member, signs out and in, and edits
 * their profile.
 */
class MemberJourneyBrowserTests extends BrowserTest {

	@Test
	void registersSignsInEditsTheProfileAndSignsOut() {
		var wait = waiting();
		var handle = "nav-" + UUID.randomUUID().toString().substring(0, 8);
		var password = "le lac est calme ce matin";

		open("/");
		browser.findElement(By.linkText("Créer un compte")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Créer un compte"));
		browser.findElement(By.id("handle")).sendKeys(handle);
		browser.findElement(By.id("displayName")).sendKeys("Anaïs Navigatrice");
		browser.findElement(By.id("email")).sendKeys(handle + "@exemple.ch");
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
				"Vérifiez votre boîte de réception"));
		assertThat(browser.findElements(By.cssSelector(".nav-account"))).isEmpty();

		browser.findElement(By.cssSelector("main")).findElement(By.linkText("Se connecter")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Se connecter"));
		browser.findElement(By.id("username")).sendKeys(handle + "@exemple.ch");
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nav-account")));

		browser.findElement(By.cssSelector(".nav-account")).click();
		browser.findElement(By.linkText("Mon compte")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mon compte"));
		browser.findElement(By.id("organisation")).sendKeys("Atelier du Léman");
		browser.findElement(By.id("bio")).sendKeys("J'anime une communauté de pratique à Genève.");
		browser.findElement(By.cssSelector("form[action='/account/profile'] button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Profil enregistré."));

		browser.findElement(By.linkText("Voir mon profil public")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Anaïs Navigatrice"));
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Atelier du Léman")
			.contains("J'anime une communauté de pratique à Genève.");

		signOut();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Vous êtes déconnecté"));
		assertThat(browser.findElements(By.cssSelector(".nav-account"))).isEmpty();
	}

}
