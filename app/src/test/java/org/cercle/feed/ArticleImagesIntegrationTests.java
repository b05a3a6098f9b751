package org.cercle.feed;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Images inside articles: inserted from the editor at the cursor, described (alt text
 * required, caption, credit), shown as responsive figures, kept in the author's library.
 */
@IntegrationTest
class ArticleImagesIntegrationTests {

	private static final Pattern INSERTED = Pattern
		.compile("!\\[Le Léman au matin\\]\\((/images/[0-9a-f-]{36}) \"Vue depuis le quai © Marie Dupont\"\\)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Test
	void anImageInsertedAtTheCursorIsPublishedAsAResponsiveFigureWithCaptionAndCredit() throws Exception {
		var author = members.create("auteur-figure", Role.AUTHOR);
		var body = "Premier paragraphe.\r\nSuite du premier.\r\n\r\nSecond paragraphe.";
		var inserted = mvc.post()
			.uri("/manage/articles")
			.multipart()
			.file(new MockMultipartFile("inlineImage", "leman.png", "image/png", png(2000, 1000)))
			.param("action", "insert-image")
			.param("title", "Le Léman " + author.handle())
			.param("summary", "Un matin.")
			.param("body", body)
			.param("imageAlt", "Le Léman au matin")
			.param("imageCaption", "Vue depuis le quai")
			.param("imageCredit", "Marie Dupont")
			.param("cursor", Integer.toString("Premier paragraphe.\nSuite du premier.".length()))
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
		assertThat(inserted).hasStatusOk();
		var text = Pages.html(inserted).select("textarea#body").val();
		var matcher = INSERTED.matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		var path = matcher.group(1);
		assertThat(text)
			.isEqualTo("Premier paragraphe.\nSuite du premier.\n\n" + matcher.group() + "\n\nSecond paragraphe.");

		var published = publish(author, "Le Léman " + author.handle(), text);
		var articlePage = Pages.body(mvc.get().uri(published).exchange());
		assertThat(org.cercle.testsupport.HtmlChecker.errors(java.util.Map.of("article-with-figure", articlePage)))
			.isEmpty();
		var figure = org.jsoup.Jsoup.parse(articlePage).select(".prose figure");
		assertThat(figure).hasSize(1);
		var image = figure.select("img");
		assertThat(image.attr("src")).isEqualTo(path);
		assertThat(image.attr("alt")).isEqualTo("Le Léman au matin");
		assertThat(image.attr("width")).isEqualTo("1600");
		assertThat(image.attr("height")).isEqualTo("800");
		assertThat(image.attr("srcset")).isEqualTo(path + "/480 480w, " + path + "/960 960w, " + path + " 1600w");
		assertThat(image.attr("sizes")).isNotBlank();
		assertThat(image.hasAttr("title")).isFalse();
		assertThat(figure.select("figcaption").text()).isEqualTo("Vue depuis le quai © Marie Dupont");
		assertThat(figure.select("figcaption small.credit").text()).isEqualTo("© Marie Dupont");

		var narrow = mvc.get().uri(path + "/480").exchange();
		assertThat(narrow).hasStatusOk().hasContentType("image/png");
		assertThat(narrow.getResponse().getHeader("Cache-Control")).contains("immutable");
		assertThat(ImageIO.read(new ByteArrayInputStream(narrow.getResponse().getContentAsByteArray())).getWidth())
			.isEqualTo(480);
		assertThat(mvc.get().uri(path + "/700").exchange()).hasStatus(404);
	}

	@Test
	void imagesFurtherDownTheArticleLoadLazilyAndTheFirstOneAtOnce() throws Exception {
		var author = members.create("auteur-paresse", Role.AUTHOR);
		var first = upload(author, "Première");
		var second = upload(author, "Deuxième");
		var third = upload(author, "Troisième");
		var published = publish(author, "Trois images " + author.handle(),
				"Intro.\n\n![Première](" + first + ")\n\nUn.\n\nDeux.\n\nTrois.\n\n![Deuxième](" + second
						+ ")\n\nQuatre.\n\nTexte avec une image ![Troisième](" + third + ") dedans.");
		var page = Pages.html(mvc.get().uri(published).exchange());
		assertThat(page.select(".prose img").eachAttr("loading")).containsExactly("eager", "lazy", "lazy");
		assertThat(page.select(".prose figure img").eachAttr("alt")).containsExactly("Première", "Deuxième");
		assertThat(page.select(".prose p img").attr("alt")).as("an image within a sentence stays inline")
			.isEqualTo("Troisième");
	}

	@Test
	void anImageWithoutAltTextIsRefusedInFrenchAndTheTextIsKept() throws Exception {
		var author = members.create("auteur-sans-alt", Role.AUTHOR);
		var refused = mvc.post()
			.uri("/manage/articles")
			.multipart()
			.file(new MockMultipartFile("inlineImage", "leman.png", "image/png", png(60, 30)))
			.param("action", "insert-image")
			.param("title", "Sans description")
			.param("body", "Mon texte.")
			.param("imageAlt", "  ")
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(400);
		var page = Pages.html(refused);
		assertThat(page.select("#image-error").text()).startsWith("Décrivez l'image (texte alternatif)");
		assertThat(page.select("textarea#body").val()).isEqualTo("Mon texte.");
		assertThat(page.select("details.insert-image").hasAttr("open")).isTrue();
		var notAnImage = mvc.post()
			.uri("/manage/images")
			.multipart()
			.file(new MockMultipartFile("inlineImage", "faux.png", "image/png", "<svg/>".getBytes()))
			.param("imageAlt", "Un faux")
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
		assertThat(notAnImage).hasStatus(400);
		assertThat(Pages.html(notAnImage).select("#image-error").text())
			.startsWith("Seules les images JPEG, PNG ou WebP");
	}

	@Test
	void theLibraryShowsWhereEachImageIsUsedAndDeletesOnlyUnusedOnes() throws Exception {
		var author = members.create("auteur-biblio", Role.AUTHOR);
		var used = upload(author, "Utilisée");
		var unused = upload(author, "Inutilisée");
		publish(author, "Article illustré " + author.handle(), "Texte.\n\n![Utilisée](" + used + ")");
		var library = Pages.html(mvc.get().uri("/manage/images").with(user(TestMembers.principal(author))).exchange());
		assertThat(library.select("#image-" + id(used) + " a").text()).isEqualTo("Article illustré " + author.handle());
		assertThat(library.select("#image-" + id(unused) + " input.markdown-snippet").val())
			.isEqualTo("![Inutilisée](" + unused + ")");

		assertThat(delete(author, used)).hasStatus(409);
		assertThat(mvc.get().uri(used).exchange()).hasStatusOk();
		assertThat(delete(author, unused)).hasStatus(302);
		assertThat(mvc.get().uri(unused).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(unused + "/480").exchange()).hasStatus(404);
	}

	@Test
	void anotherAuthorNeitherReusesNorDeletesMyImages() throws Exception {
		var owner = members.create("auteur-proprio", Role.AUTHOR);
		var other = members.create("auteur-voisin", Role.AUTHOR);
		var mine = upload(owner, "À moi");
		var reused = mvc.post()
			.uri("/manage/articles?reuseImage=" + id(mine))
			.param("action", "reuse-image")
			.param("title", "Emprunt")
			.param("body", "Texte.")
			.with(user(TestMembers.principal(other)))
			.with(csrf())
			.exchange();
		assertThat(reused).hasStatus(400);
		assertThat(Pages.html(reused).select("textarea#body").val()).isEqualTo("Texte.");
		assertThat(delete(other, mine)).hasStatus(404);
		var ownReuse = mvc.post()
			.uri("/manage/articles?reuseImage=" + id(mine))
			.param("action", "reuse-image")
			.param("title", "Réemploi")
			.param("body", "Texte.")
			.with(user(TestMembers.principal(owner)))
			.with(csrf())
			.exchange();
		assertThat(Pages.html(ownReuse).select("textarea#body").val()).isEqualTo("Texte.\n\n![À moi](" + mine + ")");
	}

	@Test
	void theEditorSuggestsTheTagsAlreadyInUse() {
		var author = members.create("auteur-etiquettes", Role.AUTHOR);
		publish(author, "Étiquettes " + author.handle(), "Texte.", "Télétravail");
		var editor = Pages
			.html(mvc.get().uri("/manage/articles/new").with(user(TestMembers.principal(author))).exchange());
		assertThat(editor.select("input#tags").attr("list")).isEqualTo("known-tags");
		assertThat(editor.select("datalist#known-tags option").eachAttr("value")).contains("Télétravail");
	}

	private String upload(Member author, String alt) throws Exception {
		var added = mvc.post()
			.uri("/manage/images")
			.multipart()
			.file(new MockMultipartFile("inlineImage", "image.png", "image/png", png(1000, 500)))
			.param("imageAlt", alt)
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
		assertThat(added).hasStatus(302);
		var library = Pages.html(mvc.get().uri("/manage/images").with(user(TestMembers.principal(author))).exchange());
		return library.select(".image-library img[alt=\"" + alt + "\"]").attr("src").replaceAll("/480$", "");
	}

	private MvcTestResult delete(Member author, String path) {
		return mvc.post()
			.uri("/manage/images/" + id(path) + "/delete")
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
	}

	private String publish(Member author, String title, String body) {
		return publish(author, title, body, "");
	}

	private String publish(Member author, String title, String body, String tags) {
		var published = mvc.post()
			.uri("/manage/articles")
			.param("action", "publish")
			.param("title", title)
			.param("summary", "Un résumé.")
			.param("body", body)
			.param("tags", tags)
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
		assertThat(published).hasStatus(302);
		var editor = Pages.html(mvc.get()
			.uri(published.getResponse().getRedirectedUrl())
			.with(user(TestMembers.principal(author)))
			.exchange());
		return editor.select("a[href^=/articles/]").attr("href");
	}

	private static String id(String path) {
		return path.substring("/images/".length());
	}

	private static byte[] png(int width, int height) throws Exception {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
