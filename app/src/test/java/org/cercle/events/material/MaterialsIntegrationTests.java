package org.cercle.events.material;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.events.TestEvents;
import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Materials after an event (#17, point 1: files and links). */
@IntegrationTest
class MaterialsIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	TestEvents events;

	@Test
	void theOrganiserAddsSlidesAndALinkThatReadersFindOnThePastEventsPage() throws Exception {
		var event = events.published("Matinée avec supports", LocalDateTime.of(2013, 1, 23, 8, 0), 40);
		var organiser = members.create("supports", Role.ORGANISER);
		var base = "/manage/events/" + event.slug() + "/materials";

		assertThat(file(organiser, base, "Présentation de la matinée", "dossier/slides.pdf", PDF)).hasStatus(302);
		assertThat(link(organiser, base, "Vidéo de la matinée", "https://video.example/matinee")).hasStatus(302);
		var page = Pages.html(mvc.get().uri("/events/" + event.slug()).exchange());
		var section = page.select("section.materials");
		assertThat(section.select("h2").text()).isEqualTo("Supports et compte rendu");
		assertThat(section.select("a").eachText()).containsExactly("Présentation de la matinée", "Vidéo de la matinée");
		assertThat(section.select("small").text()).startsWith("slides.pdf · PDF · 1 ko");
		assertThat(section.select("a[href=https://video.example/matinee]").attr("rel")).contains("nofollow");

		var download = mvc.get().uri(section.select("a").first().attr("href")).exchange();
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("slides.pdf");
		assertThat(download.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);

		var disguised = file(organiser, base, "Faux PDF", "slides.pdf",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(disguised).hasStatus(400);
		assertThat(Pages.html(disguised).select(".error-summary").text()).startsWith("Seuls les PDF");
		var huge = new byte[21 * 1024 * 1024];
		System.arraycopy(PDF, 0, huge, 0, PDF.length);
		var tooBig = file(organiser, base, "Trop lourd", "gros.pdf", huge);
		assertThat(tooBig).hasStatus(400);
		assertThat(Pages.html(tooBig).select(".error-summary").text()).isEqualTo("Ce fichier dépasse 20 Mo.");
		assertThat(link(organiser, base, "Piège", "javascript:alert(1)")).hasStatus(400);

		var manage = Pages.html(mvc.get().uri(base).with(user(TestMembers.principal(organiser))).exchange());
		assertThat(manage.select("ul.materials li")).hasSize(2);
		var removal = manage.select("ul.materials form").last().attr("action");
		assertThat(mvc.post().uri(removal).with(user(TestMembers.principal(organiser))).with(csrf()).exchange())
			.hasStatus(302);
		assertThat(Pages.html(mvc.get().uri("/events/" + event.slug()).exchange())
			.select("section.materials a")
			.eachText()).containsExactly("Présentation de la matinée");
	}

	@Test
	void theDemosPastMatineesHaveSlidesAPdfReaderCanOpenAndTheirWriteUp() throws Exception {
		var page = Pages
			.html(mvc.get().uri("/events/futur-du-travail-metiers-et-it-un-nouveau-contrat-de-service").exchange());
		var links = page.select("section.materials a");
		assertThat(links.eachText()).containsExactly("Matinée E2.0 > Métiers et IT : un nouveau contrat de service !",
				"Supports de présentation", "Lecture préparatoire : comment allons-nous travailler demain ?");
		var pdf = mvc.get().uri(links.get(1).attr("href")).exchange().getResponse().getContentAsByteArray();
		var text = new String(pdf, StandardCharsets.ISO_8859_1);
		assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n");
		var xref = Integer.parseInt(text.substring(text.lastIndexOf("startxref") + 10, text.lastIndexOf("\n%%EOF")));
		assertThat(text.substring(xref)).as("the cross-reference table is where the file says").startsWith("xref");
		assertThat(links.last().attr("href"))
			.isEqualTo("/articles/comment-allons-nous-travailler-demain-future-of-work");
	}

	private MvcTestResult file(Member organiser, String base, String title, String name, byte[] bytes) {
		return mvc.post()
			.uri(base + "/files")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/pdf", bytes))
			.param("title", title)
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult link(Member organiser, String base, String title, String url) {
		return mvc.post()
			.uri(base + "/links")
			.param("title", title)
			.param("url", url)
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange();
	}

}
