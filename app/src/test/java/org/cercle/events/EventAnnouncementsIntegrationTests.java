package org.cercle.events;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.community.Role;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An organiser drafts, publishes and cancels an event; the home stream and the site feed
 * follow.
 */
@IntegrationTest
class EventAnnouncementsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void publishingAnnouncesTheEventOnceAndCancellingUpdatesTheAnnouncement() throws Exception {
		var organiser = members.create("orga", Role.ORGANISER);
		var day = LocalDate.now().plusDays(40).toString();
		var created = mvc.post()
			.uri("/manage/events")
			.param("title", "Matinée annoncée par un test")
			.param("summary", "Un résumé pour l'annonce.")
			.param("startDate", day)
			.param("startTime", "08:00")
			.param("endDate", day)
			.param("endTime", "10:30")
			.param("venueName", "Espace Cercle")
			.param("venueCity", "Genève")
			.param("capacity", "20")
			.param("agenda", "08:00 Accueil")
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange();
		assertThat(created).hasStatus(302);
		var slug = created.getResponse().getRedirectedUrl().substring("/manage/events/".length());
		assertThat(mvc.get().uri("/events/" + slug).exchange()).as("a draft stays hidden").hasStatus(404);
		assertThat(announcements(slug)).isZero();

		publish(slug, organiser);
		eventually(() -> announcements(slug) == 1);
		publish(slug, organiser);
		eventually(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single() == 0);
		assertThat(announcements(slug)).as("republishing updates the one announcement").isOne();

		var home = Pages.html(mvc, "/");
		assertThat(home.select(".card.announcement .card-title a").eachText()).contains("Matinée annoncée par un test");
		assertThat(Pages.body(mvc, "/feed.atom")).contains("Événement : Matinée annoncée par un test");

		var cancelled = mvc.post()
			.uri("/manage/events/" + slug + "/cancellation")
			.param("reason", "Salle inondée")
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange();
		assertThat(cancelled).hasStatus(302);
		eventually(() -> jdbc.sql("select cancelled from feed_announcement where path = :path")
			.param("path", "/events/" + slug)
			.query(Boolean.class)
			.single());
		var after = Pages.html(mvc, "/");
		assertThat(after.select(".card.announcement").text()).contains("Annulé", "Salle inondée");
	}

	@Test
	void organiserFormExplainsBadInputInFrenchAndSavesNothing() {
		var organiser = members.create("orga-erreurs", Role.ORGANISER);
		var before = jdbc.sql("select count(*) from events_event").query(Long.class).single();
		var result = mvc.post()
			.uri("/manage/events")
			.param("title", "Matinée impossible")
			.param("summary", "Résumé")
			.param("startDate", "2030-05-10")
			.param("startTime", "10:00")
			.param("endDate", "2030-05-10")
			.param("endTime", "09:00")
			.param("capacity", "-3")
			.param("venueName", "Espace Cercle")
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(400);
		var page = org.jsoup.Jsoup.parse(Pages.text(result));
		assertThat(page.select("#endDate-error").text()).isEqualTo("La fin doit venir après le début.");
		assertThat(page.select("#capacity-error").text()).isEqualTo("Indiquez un nombre entier positif.");
		var malformed = mvc.post()
			.uri("/manage/events")
			.param("title", "X")
			.param("summary", "Y")
			.param("startDate", "10/05/2030")
			.param("startTime", "8h")
			.param("venueName", "Lieu")
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange();
		assertThat(malformed).hasStatus(400);
		assertThat(org.jsoup.Jsoup.parse(Pages.text(malformed)).select("#startDate-error").text())
			.isEqualTo("Date ou heure invalide.");
		assertThat(jdbc.sql("select count(*) from events_event").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void capacityCannotDropBelowConfirmedSeatsAndRegistrationsExportAsFrenchCsv() {
		var organiser = members.create("orga-capacite", Role.ORGANISER);
		var slug = "le-social-crm-au-service-de-la-relation-client";
		var form = mvc.get().uri("/manage/events/" + slug).with(user(TestMembers.principal(organiser))).exchange();
		assertThat(form).hasStatusOk();
		var page = org.jsoup.Jsoup.parse(Pages.text(form));
		var request = mvc.post().uri("/manage/events/" + slug);
		for (var input : page.select("form.stacked input[name], form.stacked textarea[name]")) {
			if (!input.attr("name").equals("_csrf") && !input.attr("name").equals("capacity")) {
				request = request.param(input.attr("name"), input.is("textarea") ? input.text() : input.val());
			}
		}
		var result = request.param("capacity", "1")
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(400);
		assertThat(org.jsoup.Jsoup.parse(Pages.text(result)).select("#capacity-error").text())
			.startsWith("Il y a déjà 3 inscriptions confirmées");

		var csv = mvc.get()
			.uri("/manage/events/" + slug + "/registrations.csv")
			.with(user(TestMembers.principal(organiser)))
			.exchange();
		assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		var body = Pages.text(csv);
		assertThat(body).startsWith("\uFEFFNom;Identifiant;État;Inscription le;Annulation le;Arrivée le");
		assertThat(body.lines().skip(1).map(line -> line.split(";")[2]).toList()).containsExactly("confirmée",
				"confirmée", "confirmée", "liste d'attente");
		var english = Pages.text(mvc.get()
			.uri("/manage/events/" + slug + "/registrations.csv")
			.header("Accept-Language", "en")
			.with(user(TestMembers.principal(organiser)))
			.exchange());
		assertThat(english).as("in the reader's language").startsWith("\uFEFFName;Handle;Status;Registered on");
		assertThat(english.lines().skip(1).map(line -> line.split(";")[2]).toList()).contains("confirmed",
				"waitlisted");
	}

	@Test
	void publishingFromTheEditorSavesTheEditsFirst() {
		var organiser = members.create("orga-editeur", Role.ORGANISER);
		var day = LocalDate.now().plusDays(45).toString();
		var created = edit("/manage/events", organiser, "Matinée brouillon de l'éditeur", day, "save");
		var slug = created.getResponse().getRedirectedUrl().substring("/manage/events/".length());
		var editor = org.cercle.testsupport.Pages
			.html(mvc.get().uri("/manage/events/" + slug).with(user(TestMembers.principal(organiser))).exchange());
		assertThat(editor.select("form[action$=/publication]")).as("no second form that would drop the edits")
			.isEmpty();
		assertThat(editor.select("form.stacked button[name=action]").eachAttr("value")).containsExactly("publish",
				"save");

		var published = edit("/manage/events/" + slug, organiser, "Matinée publiée depuis l'éditeur", day, "publish");
		assertThat(published).hasStatus(302);
		assertThat(published.getMvcResult().getFlashMap().get("notice")).isEqualTo("events.manage.published");
		assertThat(org.cercle.testsupport.Pages.html(mvc.get().uri("/events/" + slug).exchange()).select("h1").text())
			.isEqualTo("Matinée publiée depuis l'éditeur");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult edit(String path, Member organiser, String title,
			String day, String action) {
		return mvc.post()
			.uri(path)
			.param("title", title)
			.param("summary", "Un résumé.")
			.param("startDate", day)
			.param("startTime", "08:00")
			.param("endDate", day)
			.param("endTime", "10:30")
			.param("venueName", "Espace Cercle")
			.param("action", action)
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange();
	}

	private void publish(String slug, Member organiser) {
		assertThat(mvc.post()
			.uri("/manage/events/" + slug + "/publication")
			.with(user(TestMembers.principal(organiser)))
			.with(csrf())
			.exchange()).hasStatus(302);
	}

	private long announcements(String slug) {
		return jdbc.sql("select count(*) from feed_announcement where path = :path")
			.param("path", "/events/" + slug)
			.query(Long.class)
			.single();
	}

	/**
	 * Announcements arrive after the commit, asynchronously: wait a few seconds for them.
	 */
	static void eventually(Supplier<Boolean> condition) throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.get()) {
			assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	/** Reads pages for assertions. */
	static final class Pages {

		static org.jsoup.nodes.Document html(MockMvcTester mvc, String path) {
			return org.jsoup.Jsoup.parse(body(mvc, path));
		}

		static String body(MockMvcTester mvc, String path) {
			return text(mvc.get().uri(path).exchange());
		}

		static String text(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
			try {
				return result.getResponse().getContentAsString();
			}
			catch (java.io.UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
