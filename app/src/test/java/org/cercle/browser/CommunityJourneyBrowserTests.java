package org.cercle.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.community.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium: a member joins a public circle, starts a discussion and
 * comments on an article; a moderator approves the comment, which readers then see.
 */
class CommunityJourneyBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Test
	void aMemberJoinsACircleDiscussesAndCommentsAndAModeratorApprovesTheComment() {
		var wait = waiting();
		var member = members.create("navigatrice");
		var words = "Merci pour cet article " + UUID.randomUUID().toString().substring(0, 6);
		signIn(member);

		open("/circles");
		browser.findElement(By.linkText("Futur du travail")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Futur du travail"));
		browser.findElement(By.xpath("//button[normalize-space()='Rejoindre le cercle']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"Bienvenue dans le cercle"));

		browser.findElement(By.linkText("Lancer une discussion")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
		browser.findElement(By.id("title")).sendKeys("Bureaux partagés à Lausanne");
		browser.findElement(By.id("body")).sendKeys("Qui connaît un bon *tiers-lieu* près de la gare ?");
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Bureaux partagés à Lausanne"));
		assertThat(browser.findElement(By.cssSelector("#discussion em")).getText()).isEqualTo("tiers-lieu");

		open("/articles/la-communaute-au-coeur-de-l-organisation-2-0");
		browser.findElement(By.id("body")).sendKeys(words);
		browser.findElement(By.cssSelector("form.comment-form button[type=submit]")).click();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "attend la validation"));
		var mine = browser
			.findElement(By.xpath("//article[contains(@class,'comment')][.//div[contains(., '" + words + "')]]"));
		assertThat(mine.getText()).contains("En attente de modération").contains(member.displayName());
		signOut();

		signIn(members.create("moderatrice", Role.MODERATOR));
		manage("Modération");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Modération des commentaires"));
		browser
			.findElement(By.xpath("//li[.//div[contains(., '" + words + "')]]//button[normalize-space()='Approuver']"))
			.click();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Commentaire approuvé."));
		signOut();

		open("/articles/la-communaute-au-coeur-de-l-organisation-2-0");
		var published = browser
			.findElement(By.xpath("//article[contains(@class,'comment')][.//div[contains(., '" + words + "')]]"));
		assertThat(published.getText()).doesNotContain("En attente").contains(member.displayName());
	}

}
