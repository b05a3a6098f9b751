package org.cercle.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.feed.article.TestArticles;
import org.cercle.feed.comment.Commenting;
import org.cercle.notifications.mail.NotificationMailer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In a real headless Chromium: one member replies to another's comment; the other sees
 * the count in the header, opens the notification and lands on the reply; the e-mail is
 * in /dev/mail.
 */
class NotificationJourneyBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	Commenting commenting;

	@Autowired
	NotificationMailer mailer;

	@Test
	void aReplyIsCountedInTheHeaderOpenedAndMailed() {
		var wait = waiting();
		var author = members.create("autrice-parcours", Role.AUTHOR);
		var slug = articles.published(author.id());
		var commenter = members.create("camille");
		var comment = commenting.post(slug, commenter.id(), null, "Ce retour d'expérience m'aide beaucoup.", true);
		var replier = members.create("dominique", Role.AUTHOR);

		signIn(replier);
		open("/articles/" + slug);
		browser.findElement(By.cssSelector("details.reply-form summary")).click();
		browser.findElement(By.id("reponse-" + comment.id())).sendKeys("Merci, je partage cet avis.");
		browser.findElement(By.cssSelector("details.reply-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
		signOut();

		signIn(commenter);
		wait.until(driver -> {
			open("/");
			return !driver.findElements(By.cssSelector(".nav-notifications .badge")).isEmpty();
		});
		assertThat(browser.findElement(By.cssSelector(".nav-notifications .badge")).getText()).isEqualTo("1");
		browser.findElement(By.cssSelector(".nav-notifications")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Notifications"));
		var notification = browser.findElement(By.cssSelector("ol.notifications li.unread a"));
		assertThat(notification.getText()).contains("a répondu à votre commentaire");
		notification.click();
		wait.until(ExpectedConditions.urlContains("/articles/" + slug + "#commentaire-"));
		var anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
		assertThat(browser.findElement(By.id(anchor)).getText()).contains("Merci, je partage cet avis.");
		assertThat(browser.findElements(By.cssSelector(".nav-notifications .badge"))).isEmpty();

		await().pollDelay(Duration.ofMillis(1100)).atMost(Duration.ofSeconds(5)).until(() -> mailer.sendDue() >= 0);
		wait.until(driver -> {
			open("/dev/mail");
			return !driver.findElements(By.xpath("//tr[td[contains(., '" + commenter.email() + "')]]")).isEmpty();
		});
		browser.findElement(By.xpath("//tr[td[contains(., '" + commenter.email() + "')]]//a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".mail-text")));
		assertThat(browser.findElement(By.cssSelector(".mail-text")).getText())
			.contains("a répondu à votre commentaire");
		assertThat(browser.findElement(By.cssSelector(".mail-headers")).getText()).contains("List-Unsubscribe-Post");
	}

}
