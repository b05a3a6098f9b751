package org.cercle.app;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.account.TestMembers;
import org.cercle.community.Role;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A reader's first visit to an article with a cover and 20 comments: at most 4 requests
 * (page, style sheet, icon, cover), under 60 KB of HTML, CSS and scripts before
 * compression, and no web font to wait for.
 */
@IntegrationTest
class PageWeightIntegrationTests {

	static final int MOST_BYTES = 60 * 1024;

	static final int MOST_REQUESTS = 4;

	private static final Pattern CSS_URL = Pattern.compile("url\\(");

	private static final String PARAGRAPH = "Les communautés de pratique naissent rarement d'un organigramme : "
			+ "elles se forment autour d'un problème partagé, d'une question que personne ne sait trancher seul. "
			+ "Lors de la dernière matinée, les participants ont comparé leurs façons d'animer ces groupes, "
			+ "de la première réunion informelle au rythme régulier qui fait vivre les échanges. ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anArticleWithACoverAndTwentyCommentsLoadsInFourRequestsUnderSixtyKilobytes() throws Exception {
		var path = articleWithCover(PARAGRAPH.repeat(16)); // about 900 words
		for (int i = 0; i < 20; i++) {
			assertThat(mvc.post()
				.uri(path + "/comments")
				.param("body", PARAGRAPH.substring(0, 300))
				.with(user(TestMembers.principal(members.create("poids", Role.AUTHOR))))
				.with(csrf())
				.exchange()).hasStatus(302);
		}
		var response = mvc.get().uri(path).exchange();
		var page = Pages.html(response);
		assertThat(page.select(".comment-body")).hasSize(20);

		var subresources = subresources(page);
		assertThat(subresources).as("the cover is shown")
			.anySatisfy(address -> assertThat(address).startsWith("/images/"));
		assertThat(subresources).as("what the page makes the browser fetch")
			.hasSizeLessThanOrEqualTo(MOST_REQUESTS - 1);
		int bytes = response.getResponse().getContentAsByteArray().length;
		for (var subresource : subresources) {
			var fetched = mvc.get().uri(subresource).exchange();
			assertThat(fetched).as(subresource).hasStatusOk();
			var body = fetched.getResponse().getContentAsByteArray();
			if (subresource.endsWith(".css")) {
				var css = new String(body, java.nio.charset.StandardCharsets.UTF_8);
				assertThat(css).as("no web fonts").doesNotContain("@font-face").doesNotContain("@import");
				assertThat(CSS_URL.matcher(css).find()).as("the style sheet fetches nothing more").isFalse();
			}
			if (!subresource.startsWith("/images/") && !subresource.endsWith(".svg")) {
				bytes += body.length; // HTML, CSS and scripts count; the cover is the
										// author's picture
			}
		}
		assertThat(bytes).as("HTML, CSS and scripts").isLessThan(MOST_BYTES);
		assertThat(page.select("link[rel=preload], link[as=font]")).isEmpty();
	}

	/**
	 * Every address in the page that a browser fetches while loading it, the icon
	 * included.
	 */
	private static List<String> subresources(Document page) {
		var found = new ArrayList<String>();
		page.select("link[rel=stylesheet], link[rel~=icon], link[rel=preload]")
			.forEach(link -> found.add(link.attr("href")));
		page.select("script[src]").forEach(script -> found.add(script.attr("src")));
		page.select("img[src], iframe[src], video[src], audio[src]").forEach(media -> found.add(media.attr("src")));
		return found;
	}

	private String articleWithCover(String body) throws Exception {
		var author = members.create("poids-auteur", Role.AUTHOR);
		var png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(1200, 600, BufferedImage.TYPE_INT_RGB), "png", png);
		var saved = mvc.post()
			.uri("/manage/articles")
			.multipart()
			.file(new MockMultipartFile("cover", "couverture.png", "image/png", png.toByteArray()))
			.param("action", "publish")
			.param("title", "Animer une communauté de pratique " + author.handle())
			.param("summary", "Ce que nos matinées ont appris sur les groupes qui durent.")
			.param("body", body)
			.param("tags", "communautés, pratiques")
			.param("coverAlt", "Une salle de réunion le matin")
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
		assertThat(saved).hasStatus(302);
		var slug = saved.getResponse().getRedirectedUrl().substring("/manage/articles/".length());
		// dated like the other tests' articles, so that it is nobody's "next article"
		jdbc.sql("update feed_article set published_at = timestamp '2001-01-01 08:00' where slug = :slug")
			.param("slug", slug)
			.update();
		return "/articles/" + slug;
	}

}
