package org.cercle.browser;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.feed.article.TestArticles;
import org.cercle.feed.image.ImageLibrary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium: an author inserts an image with its alt text, caption and
 * credit, and publishes; a reader sees the figure; a member sets a picture and appears in
 * the directory. And the weight of an article with three images, as the browser loads it.
 */
class ImagesAndAvatarsJourneyBrowserTests extends BrowserTest {

	@Autowired
	TestMembers members;

	@Autowired
	TestArticles articles;

	@Autowired
	ImageLibrary library;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAuthorInsertsAFigureAReaderSeesItAndAMemberWithAPictureIsInTheDirectory() throws Exception {
		var wait = waiting();
		var author = members.create("photographe", Role.AUTHOR);
		var title = "Le lac en images " + UUID.randomUUID().toString().substring(0, 6);
		signIn(author);
		manage("Mes articles");
		browser.findElement(By.linkText("Nouvel article")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("summary")).sendKeys("Une matinée au bord de l'eau.");
		browser.findElement(By.id("body")).sendKeys("Avant l'image.\n\nAprès l'image.");
		browser.executeScript("""
				const text = document.getElementById('body');
				text.focus();
				text.setSelectionRange(15, 15);
				text.dispatchEvent(new Event('select'));""");
		browser.findElement(By.cssSelector("details.insert-image summary")).click();
		browser.findElement(By.id("inlineImage")).sendKeys(picture(1800, 900, Color.BLUE).toString());
		browser.findElement(By.id("imageAlt")).sendKeys("Le Léman un matin de brume");
		browser.findElement(By.id("imageCaption")).sendKeys("Vue depuis les Pâquis");
		browser.findElement(By.id("imageCredit")).sendKeys("Ada Lovelace");
		browser.findElement(By.cssSelector("button[value=insert-image]")).click();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "L'image est insérée"));
		var body = browser.findElement(By.id("body")).getDomProperty("value");
		assertThat(body).startsWith("Avant l'image.\n\n![Le Léman un matin de brume](/images/")
			.endsWith(" \"Vue depuis les Pâquis © Ada Lovelace\")\n\nAprès l'image.");
		browser.findElement(By.cssSelector("details.publish-step summary")).click();
		browser.findElement(By.cssSelector("button[value=publish]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Article publié"));
		var articlePath = browser.findElement(By.partialLinkText("Voir l'article")).getDomAttribute("href");
		signOut();

		open(articlePath);
		var figure = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".prose figure")));
		var image = figure.findElement(By.tagName("img"));
		assertThat(image.getDomAttribute("alt")).isEqualTo("Le Léman un matin de brume");
		wait.until(
				driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue() > 0);
		assertThat(figure.findElement(By.tagName("figcaption")).getText().replaceAll("\\s+", " "))
			.isEqualTo("Vue depuis les Pâquis © Ada Lovelace");

		var member = members.create("visage");
		signIn(member);
		openMemberMenu();
		browser.findElement(By.linkText("Mon compte")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("avatar")));
		browser.findElement(By.id("avatar")).sendKeys(picture(400, 300, Color.ORANGE).toString());
		browser.findElement(By.cssSelector("form[action='/account/avatar'] button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
				"Votre photo est enregistrée"));
		var name = "Visage " + member.handle().substring("visage-".length());
		browser.findElement(By.id("displayName")).clear();
		browser.findElement(By.id("displayName")).sendKeys(name);
		var listed = browser.findElement(By.cssSelector("input[name=listed]"));
		if (!listed.isSelected()) {
			listed.click();
		}
		browser.findElement(By.cssSelector("form[action='/account/profile'] button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Profil enregistré"));
		open("/members");
		browser.findElement(By.id("q")).sendKeys(name);
		browser.findElement(By.cssSelector(".directory-filters button")).click();
		var entry = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".member-directory li")));
		assertThat(entry.getText()).contains(name);
		var avatar = entry.findElement(By.cssSelector("img.avatar"));
		wait.until(
				driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", avatar)).intValue() > 0);
		assertThat(avatar.getDomAttribute("src")).startsWith("/avatars/" + member.id() + "/small");
	}

	@Test
	void anArticleWithThreeImagesWeighsUnderSixtyKilobytesBeforeTheImagesInView() throws Exception {
		var author = members.create("poids-plume", Role.AUTHOR);
		var images = new java.util.ArrayList<String>();
		for (var colour : List.of(Color.RED, Color.GREEN, Color.MAGENTA)) {
			images.add(
					library
						.add(Files.readAllBytes(picture(1600, 1000, colour)), "Une image " + colour.getRGB(),
								"Une légende", "Un crédit", author.id())
						.markdown());
		}
		var filler = String.join("\n\n", java.util.Collections.nCopies(40,
				"Un long paragraphe qui repousse l'image suivante bien au-delà de l'écran, comme dans un vrai article où le texte domine."));
		var slug = articles.published(author.id());
		jdbc.sql("update feed_article set body_markdown = :body where slug = :slug")
			.param("body",
					"Introduction.\n\n" + images.get(0) + "\n\n" + filler + "\n\n" + images.get(1) + "\n\n" + filler
							+ "\n\n" + images.get(2) + "\n\n" + filler)
			.param("slug", slug)
			.update();
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
		open("/articles/" + slug);
		waiting().until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
		Thread.sleep(500); // lazy images the browser decides to load after the load event
		@SuppressWarnings("unchecked")
		var loaded = (List<Map<String, Object>>) browser.executeScript("""
				const page = performance.getEntriesByType('navigation')[0];
				return [{name: page.name, type: 'document', bytes: page.transferSize || page.encodedBodySize}]
				  .concat(performance.getEntriesByType('resource').map(r =>
				    ({name: r.name, type: r.initiatorType, bytes: r.transferSize || r.encodedBodySize})));""");
		var beforeImages = loaded.stream()
			.filter(entry -> !String.valueOf(entry.get("name")).contains("/images/"))
			.toList();
		var weight = beforeImages.stream().mapToLong(entry -> ((Number) entry.get("bytes")).longValue()).sum();
		assertThat(weight).as("bytes before images: " + beforeImages).isLessThan(60 * 1024);
		assertThat(beforeImages).as("requests before images").hasSizeLessThanOrEqualTo(4);
		var fetchedImages = loaded.stream()
			.filter(entry -> String.valueOf(entry.get("name")).contains("/images/"))
			.toList();
		var inView = ((Number) browser.executeScript("""
				return [...document.querySelectorAll('.prose img')].filter(img => {
				  const box = img.getBoundingClientRect();
				  return box.top < innerHeight && box.bottom > 0; }).length;""")).intValue();
		assertThat(inView).isEqualTo(1);
		assertThat(fetchedImages).as("only the image in view is fetched").hasSize(inView);
	}

	private static Path picture(int width, int height, Color colour) throws Exception {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		var file = Files.createTempFile("image-", ".png");
		ImageIO.write(image, "png", file.toFile());
		file.toFile().deleteOnExit();
		return file;
	}

}
