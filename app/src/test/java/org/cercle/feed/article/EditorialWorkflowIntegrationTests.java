package org.cercle.feed.article;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.community.Role;
import org.cercle.feed.wordpress.TestImports;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Scheduling, archiving, slug changes, cover images and the WordPress import. */
@IntegrationTest
class EditorialWorkflowIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScheduledPublishing scheduler;

	@Test
	void aScheduledArticleStaysHiddenUntilItsTimeThenTwoSchedulersPublishItOnce() throws Exception {
		var author = members.create("programmatrice", Role.AUTHOR);
		var title = "Programmé par " + author.handle();
		var inAnHour = LocalDateTime.now(ZoneId.of("Europe/Zurich")).plusHours(1).withSecond(0).withNano(0).toString();
		var saved = submit("/manage/articles", author, "schedule", title, "Bientôt.", "Le mot xylographie attend.",
				inAnHour);
		assertThat(saved).hasStatus(302);
		var slug = slugOf(saved);
		assertHidden(slug, "xylographie");
		assertThat(html(mvc.get().uri("/manage/articles").with(user(TestMembers.principal(author))).exchange())
			.select("tbody td")
			.text()).contains("Programmé");
		var when = LocalDateTime.parse(inAnHour);
		assertThat(html(mvc.get().uri("/manage/articles/" + slug).with(user(TestMembers.principal(author))).exchange())
			.select("main")
			.text())
			.as("the date written as everywhere else")
			.contains("publication prévue le "
					+ when.format(java.time.format.DateTimeFormatter.ofPattern("EEEE", java.util.Locale.FRENCH)))
			.contains(when
				.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy, HH:mm", java.util.Locale.FRENCH)))
			.doesNotContain(inAnHour.replace('T', ' '));

		jdbc.sql("update feed_article set scheduled_at = now() - interval '1 minute' where slug = :s")
			.param("s", slug)
			.update();
		assertThat(scheduler.publishDue()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from feed_article where slug = :s and status = 'PUBLISHED'")
			.param("s", slug)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(scheduler.publishDue()).as("nothing left to publish").isZero();
		assertThat(mvc.get().uri("/articles/" + slug).exchange()).hasStatusOk();
		assertThat(html(mvc.get().uri("/search").param("q", "xylographie").exchange()).select(".results a").eachText())
			.contains(title);
	}

	@Test
	void twoConcurrentSchedulersPublishEachDueArticleExactlyOnce() throws Exception {
		var author = members.create("double", Role.AUTHOR);
		var slugs = new ArrayList<String>();
		for (int i = 0; i < 5; i++) {
			var slug = slugOf(submit("/manage/articles", author, "schedule", "Lot " + i + " " + author.handle(),
					"Résumé.", "Texte.",
					LocalDateTime.now(ZoneId.of("Europe/Zurich")).plusDays(1).withNano(0).toString()));
			slugs.add(slug);
		}
		jdbc.sql("update feed_article set scheduled_at = now() - interval '1 minute' where slug in (:s)")
			.param("s", slugs)
			.update();
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var first = pool.submit(() -> {
				start.await();
				return scheduler.publishDue();
			});
			var second = pool.submit(() -> {
				start.await();
				return scheduler.publishDue();
			});
			start.countDown();
			assertThat(first.get() + second.get()).as("published by the two runs together").isEqualTo(5);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void schedulingInThePastIsRefusedInFrenchAndNothingIsSaved() {
		var author = members.create("passe", Role.AUTHOR);
		var refused = submit("/manage/articles", author, "schedule", "Hier " + author.handle(), "Résumé", "Texte",
				"2020-01-01T08:00");
		assertThat(refused).hasStatus(400);
		assertThat(html(refused).select("#publishAt-error").text())
			.isEqualTo("Indiquez une date et une heure de publication à venir.");
		assertThat(jdbc.sql("select count(*) from feed_article where author_id = :a")
			.param("a", author.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anArchivedArticleDisappearsForReaders() {
		var author = members.create("archiviste", Role.AUTHOR);
		var slug = slugOf(submit("/manage/articles", author, "publish", "À archiver " + author.handle(), "Résumé",
				"Le mot zygomorphe.", ""));
		assertThat(mvc.get().uri("/articles/" + slug).exchange()).hasStatusOk();
		assertThat(submit("/manage/articles/" + slug, author, "archive", "À archiver " + author.handle(), "Résumé",
				"Le mot zygomorphe.", ""))
			.hasStatus(302);
		assertHidden(slug, "zygomorphe");
	}

	@Test
	void aRenamedPublishedArticleMovesWithA301AndSaysWhenItWasUpdated() {
		var author = members.create("renommeuse", Role.AUTHOR);
		var slug = slugOf(submit("/manage/articles", author, "publish", "Premier titre " + author.handle(), "Résumé",
				"Texte.", ""));
		assertThat(html(mvc.get().uri("/articles/" + slug).exchange()).select(".article header .meta").text())
			.doesNotContain("Mis à jour");
		var renamed = submit("/manage/articles/" + slug, author, "save", "Second titre " + author.handle(), "Résumé",
				"Texte revu.", "");
		assertThat(renamed).hasStatus(302);
		var newSlug = slugOf(renamed);
		assertThat(newSlug).startsWith("second-titre-");
		var old = mvc.get().uri("/articles/" + slug).exchange();
		assertThat(old).hasStatus(301);
		assertThat(old.getResponse().getHeader("Location")).isEqualTo("/articles/" + newSlug);
		assertThat(html(mvc.get().uri("/articles/" + newSlug).exchange()).select(".article header .meta").text())
			.contains("Mis à jour le");
	}

	@Test
	void coverImagesAreCheckedByContentAndServedWithTheirType() throws Exception {
		var author = members.create("illustratrice", Role.AUTHOR);
		var png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", png);
		var saved = withCover("/manage/articles", author, "Illustré " + author.handle(),
				new MockMultipartFile("cover", "photo.png", "image/png", png.toByteArray()));
		assertThat(saved).hasStatus(302);
		var page = html(mvc.get().uri("/articles/" + slugOf(saved)).exchange());
		var src = page.select("img.cover").attr("src");
		assertThat(src).startsWith("/images/");
		assertThat(page.select("img.cover").attr("alt")).isEqualTo("Un lac au matin");
		var image = mvc.get().uri(src).exchange();
		assertThat(image).hasStatusOk().hasContentType("image/png");
		assertThat(image.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");

		for (var webp : new String[] { "cover-lossy.webp", "cover-lossless.webp" }) {
			byte[] sent;
			try (var in = getClass().getResourceAsStream("/images/" + webp)) {
				sent = in.readAllBytes();
			}
			var withWebp = withCover("/manage/articles", author, "WebP " + webp + " " + author.handle(),
					new MockMultipartFile("cover", webp, "image/webp", sent));
			assertThat(withWebp).as(webp).hasStatus(302);
			var cover = html(mvc.get().uri("/articles/" + slugOf(withWebp)).exchange()).select("img.cover");
			assertThat(cover.attr("width")).as("its size is known once decoded").isEqualTo("40");
			var served = mvc.get().uri(cover.attr("src")).exchange();
			assertThat(served).as(webp + ": decoded and written again").hasStatusOk().hasContentType("image/png");
			var decoded = ImageIO.read(new java.io.ByteArrayInputStream(served.getResponse().getContentAsByteArray()));
			assertThat(decoded.getWidth()).isEqualTo(40);
			assertThat(decoded.getColorModel().hasAlpha()).as("transparency kept").isTrue();
		}
		var brokenWebp = "RIFF\0\0\0\0WEBPVP8 garbage".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		var broken = withCover("/manage/articles", author, "WebP cassé " + author.handle(),
				new MockMultipartFile("cover", "x.webp", "image/webp", brokenWebp));
		assertThat(broken).hasStatus(400);

		var fake = withCover("/manage/articles", author, "Faux " + author.handle(),
				new MockMultipartFile("cover", "photo.png", "image/png", "<script>alert(1)</script>".getBytes()));
		assertThat(fake).hasStatus(400);
		assertThat(html(fake).select("#coverAlt-error").text()).contains("Seules les images JPEG, PNG ou WebP");
		var huge = new byte[2 * 1024 * 1024 + 10];
		huge[0] = (byte) 0xFF;
		huge[1] = (byte) 0xD8;
		huge[2] = (byte) 0xFF;
		var tooBig = withCover("/manage/articles", author, "Lourd " + author.handle(),
				new MockMultipartFile("cover", "x.jpg", "image/jpeg", huge));
		assertThat(tooBig).hasStatus(400);
		assertThat(html(tooBig).select("#coverAlt-error").text()).contains("dépasse la taille permise");
		assertThat(jdbc.sql("select count(*) from feed_article where author_id = :a")
			.param("a", author.id())
			.query(Long.class)
			.single()).isEqualTo(3);

		var refusedForAnotherReason = mvc.post()
			.uri("/manage/articles")
			.multipart()
			.file(new MockMultipartFile("cover", "photo.png", "image/png", png.toByteArray()))
			.param("action", "schedule")
			.param("publishAt", "2001-01-01T08:00")
			.param("title", "Programmé dans le passé " + author.handle())
			.param("summary", "Résumé")
			.param("body", "Texte")
			.param("coverAlt", "Un lac au matin")
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
		assertThat(refusedForAnotherReason).hasStatus(400);
		var staged = html(refusedForAnotherReason).select("input[name=stagedCover]").val();
		assertThat(staged).as("the cover of a refused form is kept and offered again").isNotEmpty();
		assertThat(html(refusedForAnotherReason).select("img.cover-thumb").attr("src")).isEqualTo("/images/" + staged);
		var resent = mvc.post()
			.uri("/manage/articles")
			.param("action", "save")
			.param("stagedCover", staged)
			.param("title", "Programmé dans le passé " + author.handle())
			.param("coverAlt", "Un lac au matin")
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
		assertThat(resent).hasStatus(302);
		assertThat(jdbc.sql("select count(*) from feed_article where cover_id = cast(:id as uuid)")
			.param("id", staged)
			.query(Long.class)
			.single()).as("the staged cover, taken without uploading it again").isOne();
		assertThat(jdbc.sql("select count(*) from feed_image where uploaded_by = :a")
			.param("a", author.id())
			.query(Long.class)
			.single()).as("four covers, none uploaded twice").isEqualTo(4);
		var stranger = members.create("voleuse", Role.AUTHOR);
		var forged = mvc.post()
			.uri("/manage/articles")
			.param("action", "save")
			.param("stagedCover", staged)
			.param("title", "Couverture d'une autre " + stranger.handle())
			.with(user(TestMembers.principal(stranger)))
			.with(csrf())
			.exchange();
		assertThat(forged).hasStatus(302);
		assertThat(jdbc.sql("select count(*) from feed_article where author_id = :a and cover_id is not null")
			.param("a", stranger.id())
			.query(Long.class)
			.single()).as("another author's staged image is not taken").isZero();
	}

	@Test
	void aSmallFileAnnouncingAnEnormousPictureIsRefusedBeforeBeingDecoded() throws Exception {
		var author = members.create("pixels", Role.AUTHOR);
		var png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(10_000, 5_000, BufferedImage.TYPE_BYTE_BINARY), "png", png); // 50
																										// megapixels
		var refused = withCover("/manage/articles", author, "Immense " + author.handle(),
				new MockMultipartFile("cover", "immense.png", "image/png", png.toByteArray()));
		assertThat(refused).hasStatus(400);
		assertThat(html(refused).select("#coverAlt-error").text()).contains("trop de pixels");
		assertThat(jdbc.sql("select count(*) from feed_article where author_id = :a")
			.param("a", author.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aCoverWiderThanAPageCanShowIsScaledDown() throws Exception {
		var author = members.create("photographe", Role.AUTHOR);
		var jpeg = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4000, 2000, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
		var saved = withCover("/manage/articles", author, "Grand format " + author.handle(),
				new MockMultipartFile("cover", "appareil.jpg", "image/jpeg", jpeg.toByteArray()));
		assertThat(saved).hasStatus(302);
		var cover = html(mvc.get().uri("/articles/" + slugOf(saved)).exchange()).select("img.cover");
		assertThat(cover.attr("width")).as("the page keeps the cover's place before it arrives").isEqualTo("1600");
		assertThat(cover.attr("height")).isEqualTo("800");
		var src = cover.attr("src");
		var stored = ImageIO.read(
				new java.io.ByteArrayInputStream(mvc.get().uri(src).exchange().getResponse().getContentAsByteArray()));
		assertThat(stored.getWidth()).isEqualTo(1600);
		assertThat(stored.getHeight()).isEqualTo(800);
	}

	@Test
	void anAdminImportsAWordPressExportWithTagsCommentsAndSanitisedBodies() throws Exception {
		var admin = members.create("importatrice", Role.ADMIN);
		var file = new MockMultipartFile("file", "export.xml", "application/xml",
				new ClassPathResource("wordpress/export-sample.xml").getContentAsByteArray());
		var result = TestImports.run(mvc, admin, file);
		assertThat(result.select(".notice").text())
			.contains("1 article publié à leur date, aucun programmé, 1 brouillon, 3 commentaires");
		var again = TestImports.run(mvc, admin, file);
		assertThat(again.select(".notice").text()).contains(
				"aucun article publié à leur date, aucun programmé, aucun brouillon, aucun commentaire",
				"2 articles déjà importés laissés tels quels");
		assertThat(mvc.get().uri("/articles/reseaux-sociaux-ete-pionniers-wxr-2").exchange()).hasStatus(404);

		var page = html(mvc.get().uri("/articles/reseaux-sociaux-ete-pionniers-wxr").exchange());
		assertThat(page.select("h1").text()).isEqualTo("Réseaux sociaux d’entreprise : l’été des pionniers");
		assertThat(page.select(".article header time").attr("datetime")).startsWith("2012-07-04T09:30");
		assertThat(page.select(".prose strong").text()).isEqualTo("pionniers");
		assertThat(page.select(".prose").html()).doesNotContain("script")
			.doesNotContain("onclick")
			.doesNotContain("javascript:");
		assertThat(page.select(".article a[rel=tag]").eachText()).containsExactlyInAnyOrder("Entreprise 2.0", "Été");
		assertThat(page.select(".article a[rel=author]").text()).isEqualTo("Claude Marchand");
		assertThat(page.select(".comment-list > li > article .comment-body").eachText())
			.containsExactly("Merci, très éclairant\u202F!");
		assertThat(page.select(".replies .comment-body").eachText()).containsExactly("Je confirme, Hélène.",
				"En réponse à Marc : Réponse à la réponse.");
		assertThat(page.select(".replies header").text()).contains("Marc").contains("en réponse à Hélène");
		assertThat(page.text()).doesNotContain("Achetez maintenant").doesNotContain("Une page, pas un article");
		assertThat(
				jdbc.sql("select status from feed_article where title = 'Brouillon jamais publié' and author_id = :a")
					.param("a", admin.id())
					.query(String.class)
					.single())
			.isEqualTo("DRAFT");

		var broken = mvc.post()
			.uri("/manage/import")
			.multipart()
			.file(new MockMultipartFile("file", "x.xml", "application/xml", "<pas du xml".getBytes()))
			.with(user(TestMembers.principal(admin)))
			.with(csrf())
			.exchange();
		assertThat(broken).hasStatus(400);
		assertThat(html(broken).select(".error-summary").text()).contains("n'est pas un export WordPress lisible");
		assertThat(html(broken).select("form[action=/manage/import] #file").attr("aria-invalid"))
			.as("said on the form, which stays there to try again")
			.isEqualTo("true");
		var none = mvc.post()
			.uri("/manage/import")
			.multipart()
			.with(user(TestMembers.principal(admin)))
			.with(csrf())
			.exchange();
		assertThat(none).hasStatus(400);
		assertThat(html(none).select(".error-summary").text()).isEqualTo("Choisissez un fichier d'export WordPress.");
		assertThat(mvc.post()
			.uri("/manage/import")
			.multipart()
			.file(file)
			.with(user(TestMembers.principal(members.create("auteur", Role.AUTHOR))))
			.with(csrf())
			.exchange()).hasStatus(403);
	}

	private void assertHidden(String slug, String word) {
		assertThat(mvc.get().uri("/articles/" + slug).exchange()).hasStatus(404);
		assertThat(html(mvc.get().uri("/articles").exchange()).select("a[href=/articles/" + slug + "]")).isEmpty();
		assertThat(mvc.get().uri("/feed.atom").exchange()).bodyText().doesNotContain(slug);
		assertThat(mvc.get().uri("/sitemap.xml").exchange()).bodyText().doesNotContain(slug);
		assertThat(html(mvc.get().uri("/search").param("q", word).exchange()).select(".results a")).isEmpty();
	}

	private MvcTestResult submit(String path, Member author, String action, String title, String summary, String body,
			String publishAt) {
		return mvc.post()
			.uri(path)
			.param("action", action)
			.param("title", title)
			.param("summary", summary)
			.param("body", body)
			.param("tags", "")
			.param("publishAt", publishAt)
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult withCover(String path, Member author, String title, MockMultipartFile cover) {
		return mvc.post()
			.uri(path)
			.multipart()
			.file(cover)
			.param("action", "publish")
			.param("title", title)
			.param("summary", "Résumé")
			.param("body", "Texte")
			.param("coverAlt", "Un lac au matin")
			.with(user(TestMembers.principal(author)))
			.with(csrf())
			.exchange();
	}

	private static String slugOf(MvcTestResult result) {
		return result.getResponse().getRedirectedUrl().substring("/manage/articles/".length());
	}

	private static Document html(MvcTestResult result) {
		return Pages.html(result);
	}

}
