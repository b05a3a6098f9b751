package org.cercle.feed.wordpress;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The real export of a WordPress 6.1 site ({@code wordpress/export-association.xml},
 * copied from the shared folder), imported once by an admin, then read as readers and the
 * admin would (#16).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordPressMigrationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	Document report;

	@BeforeAll
	void importTheExport() throws Exception {
		var admin = members.create("migratrice", Role.ADMIN);
		var file = new MockMultipartFile("file", "export-association.xml", "application/xml",
				new ClassPathResource("wordpress/export-association.xml").getContentAsByteArray());
		report = TestImports.run(mvc, admin, file, new MockMultipartFile("uploads", "uploads.zip", "application/zip",
				uploadsWithout("marche-solidaire.png")));
	}

	@Test
	void aPasswordProtectedPostIsNeverPublicAndTheReportSaysSo() {
		var slug = "acces-reserve-code-de-la-salle";
		assertThat(status(slug)).isEqualTo("DRAFT");
		assertThat(mvc.get().uri("/articles/" + slug).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/feed.atom").exchange()).bodyText()
			.doesNotContain(slug)
			.doesNotContain("la salle est 4821");
		assertThat(mvc.get().uri("/sitemap.xml").exchange()).bodyText().doesNotContain(slug);
		assertThat(Pages.html(mvc.get().uri("/search?q=code+salle+4821").exchange()).select("main").text())
			.doesNotContain("Accès réservé");
		assertThat(Pages.html(mvc.get().uri("/articles").exchange()).text()).doesNotContain("Accès réservé");
		assertThat(report.select(".import-report li").eachText()).anyMatch(
				line -> line.startsWith("« Accès réservé : code de la salle » était protégé par un mot de passe"));
	}

	@Test
	void privateDraftAndScheduledPostsKeepTheirStateAndPagesAndStickyAreReported() {
		assertThat(status("compte-rendu-du-bureau-prive")).isEqualTo("DRAFT");
		assertThat(mvc.get().uri("/feed.atom").exchange()).bodyText().doesNotContain("Trésorerie");
		assertThat(jdbc
			.sql("select status || ' ' || to_char(scheduled_at at time zone 'UTC', 'YYYY-MM-DD') "
					+ "from feed_article where slug = 'programme-de-la-rentree-2027'")
			.query(String.class)
			.single()).startsWith("SCHEDULED 2027-");
		assertThat(report.select(".import-report li").eachText())
			.anyMatch(line -> line.contains("« Compte rendu du bureau (privé) » était privé"))
			.anyMatch(line -> line.contains("La page « À propos » n'a pas été importée"))
			.anyMatch(line -> line.contains("La page « Mentions légales » n'a pas été importée"))
			.anyMatch(line -> line.contains("était épinglé"));
		assertThat(report.select(".notice").text()).contains("1 programmé");
	}

	@Test
	void classicEditorParagraphsStayParagraphsAndHtmlStaysHtml() {
		var page = article("cafe-debat-de-lete-ou-va-la-vie-associative");
		var paragraphs = page.select(".prose > p").eachText();
		assertThat(paragraphs).first().asString().startsWith("Le café-débat de l'été a réuni");
		assertThat(paragraphs).anyMatch(text -> text.startsWith("Nous avons parlé de bénévolat"));
		assertThat(page.select(".prose ul li")).hasSize(3);
		assertThat(page.select(".prose ul strong").text()).isEqualTo("permanence");
		assertThat(page.select(".prose br")).as("a single line break is a line break").isNotEmpty();
		assertThat(page.select(".lead")).as("no excerpt: the first words are not repeated above the text").isEmpty();
	}

	@Test
	void captionsGalleriesImageBlocksAndVideosKeepTheirPictures() {
		var caption = article("assemblee-generale-le-compte-rendu-en-images");
		assertThat(caption.select(".prose figure img").attr("alt"))
			.isEqualTo("Les adhérents réunis dans la grande salle");
		assertThat(caption.select(".prose figure figcaption").text())
			.isEqualTo("Les adhérents réunis dans la grande salle");
		assertThat(caption.select(".prose").text()).as("the caption once, no shortcode left")
			.doesNotContain("[caption")
			.containsOnlyOnce("Les adhérents réunis dans la grande salle");
		var gallery = article("fete-de-quartier-la-galerie");
		assertThat(gallery.select(".prose ul figure img")).hasSize(4);
		assertThat(gallery.select(".prose").text()).doesNotContain("[gallery");
		var block = article("atelier-des-benevoles-cuisine-et-convivialite");
		assertThat(block.select(".prose figure figcaption").text()).isEqualTo("L'atelier, côté cuisine");
		var video = article("conference-numerique-et-lien-social-la-video");
		assertThat(video.select(".prose a[href=https://www.youtube.com/watch?v=aqz-KE-bpKQ]")).hasSize(1);
	}

	@Test
	void theOldSitesAddressesAnswer301ToTheirCerclePages() {
		var article = "/articles/cafe-debat-de-lete-ou-va-la-vie-associative";
		for (var old : new String[] { "/?p=1009", "/cafe-debat-de-lete-ou-va-la-vie-associative/",
				"/2025/07/cafe-debat-de-lete-ou-va-la-vie-associative/",
				"/2025/07/04/cafe-debat-de-lete-ou-va-la-vie-associative/" }) {
			assertThat(mvc.get().uri(old).exchange()).as(old).hasStatus(301).hasRedirectedUrl(article);
		}
		assertThat(mvc.get().uri("/category/societe-numerique/").exchange()).hasStatus(301)
			.hasRedirectedUrl("/tags/societe-numerique");
		assertThat(mvc.get().uri("/feed/").exchange()).hasStatus(301).hasRedirectedUrl("/feed.atom");
		assertThat(mvc.get().uri("/?p=1018").exchange()).as("the protected post's old address leads nowhere")
			.hasStatus(200)
			.bodyText()
			.doesNotContain("Accès réservé");
		assertThat(mvc.get().uri("/acces-reserve-code-de-la-salle/").exchange()).hasStatus(404);
	}

	@Test
	void theReportIsOfferedAsATextFileAndTheJobPageSurvivesReloads() {
		var download = report.select("a[href$=report.txt]").attr("href");
		assertThat(download).matches("/manage/import/[0-9a-f-]{36}/report.txt");
		var admin = TestMembers.principal(members.create("relectrice", Role.ADMIN));
		var text = mvc.get().uri(download).with(user(admin)).exchange();
		assertThat(text).hasStatusOk().hasContentType("text/plain;charset=UTF-8");
		assertThat(text).bodyText()
			.contains("« Accès réservé : code de la salle » était protégé par un mot de passe")
			.contains("La page « À propos » n'a pas été importée")
			.contains("https://association.example/wp-content/uploads/2026/11/marche-solidaire.png");
		var again = Pages.html(mvc.get().uri(download.replace("/report.txt", "")).with(user(admin)).exchange());
		assertThat(again.select(".notice").text()).contains("programmé");
		assertThat(mvc.get()
			.uri(download)
			.with(user(TestMembers.principal(members.create("curieux", Role.AUTHOR))))
			.exchange()).as("admins only").hasStatus(403);
	}

	@Test
	void anAmpersandInACategoryIsDecodedOnce() {
		assertThat(jdbc.sql("select name from feed_tag where name like 'Société%'").query(String.class).list())
			.containsExactly("Société & numérique");
		assertThat(jdbc.sql("select count(*) from feed_tag where slug like '%amp%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aReplyToAReplySaysWhomItAnswersAPingbackKeepsItsSourceAndLinksTheirAddress() {
		var page = article("cafe-debat-de-lete-ou-va-la-vie-associative");
		assertThat(page.select(".replies .comment-body").eachText())
			.anyMatch(text -> text.startsWith("En réponse à Loïc") && text.contains("j'apporterai les crêpes"));
		assertThat(page.select(".comment-body a[href]").eachAttr("href"))
			.contains("http://blog-du-quartier.example/2025/07/cafe-debat/", "https://exemple.org/");
	}

	@Test
	void imagesFromTheUploadsFolderAreServedHereAndThoseMissingAreListed() {
		var caption = article("assemblee-generale-le-compte-rendu-en-images");
		var src = caption.select(".prose figure img").attr("src");
		assertThat(src).startsWith("/images/");
		assertThat(mvc.get().uri(src).exchange()).hasStatusOk().hasContentType("image/png");
		var block = article("atelier-des-benevoles-cuisine-et-convivialite");
		assertThat(block.select(".prose figure img").attr("src")).startsWith("/images/");
		assertThat(article("fete-de-quartier-la-galerie").select(".prose ul img").eachAttr("src"))
			.filteredOn(address -> address.startsWith("/images/"))
			.hasSize(3);
		assertThat(report.text()).contains("3 images importées");
		assertThat(report.select(".import-report code").eachText())
			.containsExactly("https://association.example/wp-content/uploads/2026/11/marche-solidaire.png");
	}

	/** The shared uploads folder, zipped as an admin would, one image left out. */
	private static byte[] uploadsWithout(String left) throws java.io.IOException {
		var zip = new java.io.ByteArrayOutputStream();
		try (var out = new java.util.zip.ZipOutputStream(zip)) {
			for (var name : new String[] { "assemblee-generale.png", "atelier-benevoles.png", "fete-quartier.png",
					"marche-solidaire.png" }) {
				if (name.equals(left)) {
					continue;
				}
				out.putNextEntry(new java.util.zip.ZipEntry("wp-content/uploads/2026/11/" + name));
				out.write(new ClassPathResource("wordpress/uploads/2026/11/" + name).getContentAsByteArray());
				out.closeEntry();
			}
		}
		return zip.toByteArray();
	}

	private String status(String slug) {
		return jdbc.sql("select status from feed_article where slug = :s")
			.param("s", slug)
			.query(String.class)
			.single();
	}

	private Document article(String slug) {
		var result = mvc.get().uri("/articles/" + slug).exchange();
		assertThat(result).hasStatusOk();
		return Pages.html(result);
	}

}
