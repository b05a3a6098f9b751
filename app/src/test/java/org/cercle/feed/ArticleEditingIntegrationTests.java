package org.cercle.feed;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.community.Role;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Authors write in Markdown, preview with the public renderer, keep drafts private and
 * publish.
 */
@IntegrationTest
class ArticleEditingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.cercle.feed.article.ArticleEditing editing;

	@Test
	void previewRendersLikeThePublicPageAndSavesNothing() {
		var author = members.create("auteur-apercu", Role.AUTHOR);
		var preview = submit("/manage/articles", author, "preview", "Un aperçu", "Résumé",
				"## Intertitre\n\nDu **gras** et <script>alert(1)</script> rien.", "");
		assertThat(preview).hasStatusOk();
		var page = html(preview);
		assertThat(page.select(".preview h2").eachText()).contains("Intertitre");
		assertThat(page.select(".preview strong").text()).isEqualTo("gras");
		assertThat(page.select(".preview script")).isEmpty();
		assertThat(html(mvc.get().uri("/manage/articles").with(user(TestMembers.principal(author))).exchange())
			.select("tbody tr")).isEmpty();
	}

	@Test
	void aDraftSavesWithItsTitleAloneButPublishingNeedsSummaryAndText() {
		var author = members.create("auteur-titre-seul", Role.AUTHOR);
		var saved = submit("/manage/articles", author, "save", "Une idée à creuser " + author.handle(), "", "", "");
		assertThat(saved).as("a draft with a title alone").hasStatus(302);
		var editPath = saved.getResponse().getRedirectedUrl();
		var editor = html(mvc.get().uri(editPath).with(user(TestMembers.principal(author))).exchange());
		assertThat(editor.select("label[for=title]").text()).isEqualTo("Titre (obligatoire)");
		assertThat(editor.select("label[for=summary]").text()).endsWith("(obligatoire pour publier)");
		var refused = submit(editPath, author, "publish", "Une idée à creuser " + author.handle(), "", "", "");
		assertThat(refused).hasStatus(400);
		assertThat(html(refused).select("#summary-error").text()).isEqualTo("Indiquez un résumé.");
		assertThat(html(refused).select("#body-error").text()).isEqualTo("Écrivez le texte de l'article.");
	}

	@Test
	void thePreviewShowsTitleSummaryAndTheChosenCoverAndTheCoverSurvivesIt() throws Exception {
		var author = members.create("auteur-couverture", Role.AUTHOR);
		var png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", png);
		var preview = mvc.post()
			.uri("/manage/articles")
			.multipart()
			.file(new org.springframework.mock.web.MockMultipartFile("cover", "lac.png", "image/png",
					png.toByteArray()))
			.param("action", "preview")
			.param("title", "Au bord du lac")
			.param("summary", "Un matin à Genève.")
			.param("body", "Du texte.")
			.param("coverAlt", "Le lac au matin")
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
		assertThat(preview).hasStatusOk();
		var page = html(preview);
		var shown = page.select("#apercu");
		assertThat(shown.select(".preview-title").text()).isEqualTo("Au bord du lac");
		assertThat(shown.select(".lead").text()).isEqualTo("Un matin à Genève.");
		assertThat(shown.select("img.cover").attr("alt")).isEqualTo("Le lac au matin");
		var staged = page.select("input[name=stagedCover]").val();
		assertThat(shown.select("img.cover").attr("src")).isEqualTo("/images/" + staged);
		assertThat(page.select("button[value=preview]").attr("formaction")).endsWith("#apercu");

		jdbc.sql("update feed_image set staged_at = now() - interval '2 days' where id = cast(:id as uuid)")
			.param("id", staged)
			.update();
		editing.forgetUnusedCovers();
		assertThat(mvc.get().uri("/images/" + staged).exchange()).as("a cover staged two days ago that no article took")
			.hasStatus(404);
	}

	@Test
	void draftsStayPrivateUntilPublishedThenLeadTheStream() {
		var author = members.create("auteur-publie", Role.AUTHOR);
		var title = "Un article écrit par " + author.handle();
		var saved = submit("/manage/articles", author, "save", title, "Un résumé.", "Le texte de l'article.",
				"Communautés, Nouveau thème");
		assertThat(saved).hasStatus(302);
		var editPath = saved.getResponse().getRedirectedUrl();
		var slug = editPath.substring("/manage/articles/".length());
		assertThat(mvc.get().uri("/articles/" + slug).exchange()).as("a draft is not public").hasStatus(404);

		assertThat(submit(editPath, author, "publish", title, "Un résumé revu.", "Le texte de l'article, revu.",
				"Communautés"))
			.hasStatus(302);
		var article = html(mvc.get().uri("/articles/" + slug).exchange());
		assertThat(article.select(".lead").text()).isEqualTo("Un résumé revu.");
		assertThat(article.select(".article a[rel=tag]").eachText()).containsExactly("Communautés");
		assertThat(html(mvc.get().uri("/articles").exchange()).select(".card-title a").first().text()).isEqualTo(title);
	}

	@Test
	void authorsEditOnlyTheirOwnArticlesAndAdminsEditAll() {
		var author = members.create("auteur-proprietaire", Role.AUTHOR);
		var saved = submit("/manage/articles", author, "save", "Article de " + author.handle(), "Résumé", "Texte", "");
		var editPath = saved.getResponse().getRedirectedUrl();
		var other = members.create("autre-auteur", Role.AUTHOR);
		assertThat(mvc.get().uri(editPath).with(user(TestMembers.principal(other))).exchange()).hasStatus(403);
		assertThat(submit(editPath, other, "save", "Détourné", "Résumé", "Texte", "")).hasStatus(403);
		var admin = members.create("admin-articles", Role.ADMIN);
		assertThat(mvc.get().uri(editPath).with(user(TestMembers.principal(admin))).exchange()).hasStatusOk();
		assertThat(html(mvc.get().uri("/manage/articles").with(user(TestMembers.principal(other))).exchange())
			.select("tbody tr")).isEmpty();
	}

	@Test
	void explainsMissingAndOversizedFieldsInFrench() {
		var author = members.create("auteur-erreurs", Role.AUTHOR);
		var result = submit("/manage/articles", author, "publish", "", "x".repeat(501), "", "");
		assertThat(result).hasStatus(400);
		var page = html(result);
		assertThat(page.select("#title-error").text()).isEqualTo("Indiquez le titre.");
		assertThat(page.select("#summary-error").text()).isEqualTo("Ce champ est trop long.");
		assertThat(page.select("#body-error").text()).isEqualTo("Écrivez le texte de l'article.");
	}

	private MvcTestResult submit(String path, Member author, String action, String title, String summary, String body,
			String tags) {
		return mvc.post()
			.uri(path)
			.param("action", action)
			.param("title", title)
			.param("summary", summary)
			.param("body", body)
			.param("tags", tags)
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
	}

	private static Document html(MvcTestResult result) {
		return Pages.html(result);
	}

}
