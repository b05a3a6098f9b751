package org.cercle.events;

import java.io.StringReader;
import java.time.LocalDateTime;

import biweekly.Biweekly;
import biweekly.property.Status;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.cercle.community.account.TestMembers;
import org.cercle.community.Role;
import org.cercle.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class EventPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestEvents events;

	@Autowired
	TestMembers members;

	@Test
	void listsUpcomingEventsByMonthAndPastOnesApart() {
		var page = html(mvc.get().uri("/events").exchange());
		assertThat(page.select("h1").text()).isEqualTo("Événements à venir");
		assertThat(page.select("h2.month")).isNotEmpty();
		assertThat(page.select(".event-title a").eachText()).contains("Le social CRM au service de la relation client");
		var past = html(mvc.get().uri("/events/past").exchange());
		assertThat(past.select(".event-title a").eachText())
			.contains("Futur du travail : métiers et IT, un nouveau contrat de service");
	}

	@Test
	void showsAnEventWithGenevaTimeSeatsAndJsonLd() throws Exception {
		var event = events.published("Matinée de printemps", LocalDateTime.of(2030, 3, 20, 8, 30), 40);
		var page = html(mvc.get().uri("/events/" + event.slug()).exchange());
		assertThat(page.select(".facts").text()).contains("mercredi 20 mars 2030, 08:30", "11:00", "heure de Genève",
				"40 places libres sur 40");
		var jsonLd = JsonMapper.builder()
			.build()
			.readTree(page.select("script[type=application/ld+json]").last().html());
		assertThat(jsonLd.get("@type").asString()).isEqualTo("Event");
		assertThat(jsonLd.get("startDate").asString()).isEqualTo("2030-03-20T08:30:00+01:00");
		assertThat(jsonLd.get("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
		assertThat(jsonLd.get("eventAttendanceMode").asString())
			.isEqualTo("https://schema.org/OfflineEventAttendanceMode");
		assertThat(jsonLd.get("location").get("address").get("addressLocality").asString()).isEqualTo("Genève");
		assertThat(jsonLd.get("maximumAttendeeCapacity").asInt()).isEqualTo(40);
	}

	@Test
	void showsDaylightSavingDaysInTheRightLocalAndUtcTimes() throws Exception {
		var spring = events.published("Matinée du changement d'heure d'été", LocalDateTime.of(2031, 3, 30, 8, 0), null);
		var autumn = events.published("Matinée du changement d'heure d'hiver", LocalDateTime.of(2031, 10, 26, 8, 0),
				null);
		assertThat(html(mvc.get().uri("/events/" + spring.slug()).exchange()).select(".facts").text())
			.contains("dimanche 30 mars 2031, 08:00");
		assertThat(html(mvc.get().uri("/events/" + autumn.slug()).exchange()).select(".facts").text())
			.contains("dimanche 26 octobre 2031, 08:00");
		var springIcs = Biweekly.parse(body(mvc.get().uri("/events/" + spring.slug() + ".ics").exchange())).first();
		var autumnIcs = Biweekly.parse(body(mvc.get().uri("/events/" + autumn.slug() + ".ics").exchange())).first();
		assertThat(springIcs.getEvents().get(0).getDateStart().getValue().toInstant())
			.hasToString("2031-03-30T06:00:00Z");
		assertThat(autumnIcs.getEvents().get(0).getDateStart().getValue().toInstant())
			.hasToString("2031-10-26T07:00:00Z");
	}

	@Test
	void calendarsAreInGenevaTimeWithTheirTimezoneOnBothDaylightSavingDaysOf2027() throws Exception {
		var spring = events.published("Matinée de l'heure d'été 2027", LocalDateTime.of(2027, 3, 28, 8, 0), null);
		var autumn = events.published("Matinée de l'heure d'hiver 2027", LocalDateTime.of(2027, 10, 31, 8, 0), null);
		var springText = body(mvc.get().uri("/events/" + spring.slug() + ".ics").exchange());
		var autumnText = body(mvc.get().uri("/events/" + autumn.slug() + ".ics").exchange());
		assertThat(springText).contains("BEGIN:VTIMEZONE", "TZID:Europe/Zurich",
				"DTSTART;TZID=Europe/Zurich:20270328T080000");
		assertThat(autumnText).contains("DTSTART;TZID=Europe/Zurich:20271031T080000");
		// read back through the VTIMEZONE written in the file, as a calendar without the
		// zone's rules would
		assertThat(Biweekly.parse(springText).first().getEvents().get(0).getDateStart().getValue().toInstant())
			.hasToString("2027-03-28T06:00:00Z");
		assertThat(Biweekly.parse(autumnText).first().getEvents().get(0).getDateStart().getValue().toInstant())
			.hasToString("2027-10-31T07:00:00Z");
		var feed = body(mvc.get().uri("/events.ics").exchange());
		assertThat(feed).contains("BEGIN:VTIMEZONE").doesNotContainPattern("DTSTART:\\d{8}T\\d{6}Z");
	}

	@Test
	void aPastEventSaysItTookPlaceInsteadOfOfferingToRegister() throws Exception {
		var past = events.published("Matinée d'autrefois", LocalDateTime.of(2013, 1, 23, 8, 0), 40);
		var page = html(mvc.get().uri("/events/" + past.slug()).exchange());
		assertThat(page.select(".after-event").text()).contains("Cette rencontre a eu lieu le", "23 janvier 2013",
				"aucun participant inscrit");
		assertThat(page.select(".registration")).isEmpty();
		assertThat(page.select("form[action$=/registration]")).isEmpty();
	}

	@Test
	void aSeriesHasItsPageCalendarAndFeedAndItsEditionsLinkToEachOther() throws Exception {
		var first = events.published("Série test, édition un", LocalDateTime.of(2012, 10, 10, 8, 0), 30);
		var second = events.published("Série test, édition deux", LocalDateTime.now().plusDays(40).withNano(0), 30);
		var page = html(mvc.get().uri("/series/matinees-e2-0").exchange());
		assertThat(page.select("h1").text()).isEqualTo("Matinées E2.0");
		assertThat(page.select("#upcoming-heading + ol a, section[aria-labelledby=upcoming-heading] .event-title a")
			.eachText()).contains("Série test, édition deux");
		assertThat(page.select("section[aria-labelledby=past-heading] .event-title a").eachText())
			.contains("Série test, édition un");
		var attendance = page.select("section.stats");
		assertThat(attendance.select("svg.chart title").text()).isEqualTo("Participation par édition");
		assertThat(attendance.select("tbody tr").eachText())
			.contains("Futur du travail : métiers et IT, un nouveau contrat de service 3 0");
		var ics = body(mvc.get().uri("/series/matinees-e2-0.ics").exchange());
		assertThat(ics).contains("BEGIN:VTIMEZONE", "Série test\\, édition un", "Série test\\, édition deux");
		var feed = mvc.get().uri("/series/matinees-e2-0/feed.atom").exchange();
		assertThat(feed).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
		assertThat(feed).bodyText().contains("<title>Série test, édition deux</title>");
		var edition = html(mvc.get().uri("/events/" + second.slug()).exchange());
		assertThat(edition.select(".event header a[href=/series/matinees-e2-0]").text()).isEqualTo("Matinées E2.0");
		assertThat(edition.select("nav.editions a[rel=prev]")).hasSize(1);
		assertThat(mvc.get().uri("/series/serie-inconnue").exchange()).hasStatus(404);
	}

	@Test
	void eventCalendarParsesBackWithEveryField() throws Exception {
		var event = events.published("Matinée iCalendar, virgules; et accents", LocalDateTime.of(2030, 6, 12, 8, 0),
				30);
		var result = mvc.get().uri("/events/" + event.slug() + ".ics").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
		assertThat(result.getResponse().getContentType()).containsIgnoringCase("charset=utf-8");
		assertThat(body(result).split("\r\n"))
			.allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line)
				.isLessThanOrEqualTo(75));
		var calendar = Biweekly.parse(body(result)).first();
		var vevent = calendar.getEvents().get(0);
		assertThat(vevent.getUid().getValue()).isEqualTo(event.id() + "@cercle");
		assertThat(vevent.getSummary().getValue()).isEqualTo("Matinée iCalendar, virgules; et accents");
		assertThat(vevent.getDescription().getValue())
			.startsWith("Résumé de « Matinée iCalendar, virgules; et accents »");
		assertThat(vevent.getLocation().getValue()).isEqualTo("Espace Cercle, rue du Rhône 12, Genève");
		assertThat(vevent.getUrl().getValue()).isEqualTo("http://localhost/events/" + event.slug());
		assertThat(vevent.getStatus().isConfirmed()).isTrue();
		assertThat(vevent.getCategories().get(0).getValues()).containsExactly("Matinées E2.0");
		assertThat(vevent.getDateTimeStamp()).isNotNull();
		assertThat(vevent.getDateEnd().getValue().toInstant()).hasToString("2030-06-12T08:30:00Z");
		var before = vevent.getSequence().getValue();

		events.cancel(event, "Salle indisponible");
		var cancelled = Biweekly.parse(body(mvc.get().uri("/events/" + event.slug() + ".ics").exchange()))
			.first()
			.getEvents()
			.get(0);
		assertThat(cancelled.getStatus().getValue()).isEqualTo(Status.cancelled().getValue());
		assertThat(cancelled.getSequence().getValue()).isGreaterThan(before);
		var page = html(mvc.get().uri("/events/" + event.slug()).exchange());
		assertThat(page.select(".error-summary").text()).contains("Cet événement est annulé.", "Salle indisponible");
	}

	@Test
	void upcomingFeedIsACalendarWithRefreshInterval() throws Exception {
		var body = body(mvc.get().uri("/events.ics").exchange());
		var calendar = Biweekly.parse(body).first();
		assertThat(calendar.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("Cercle — événements");
		assertThat(calendar.getRefreshInterval()).isNotNull();
		assertThat(calendar.getEvents()).isNotEmpty();
	}

	@Test
	void draftsAreInvisibleToReadersAndMembersButNotToOrganisers() {
		var draft = events.draft("Matinée en préparation", LocalDateTime.of(2030, 9, 1, 8, 0));
		assertThat(mvc.get().uri("/events/" + draft.slug()).exchange()).hasStatus(404);
		assertThat(mvc.get()
			.uri("/events/" + draft.slug())
			.with(user(TestMembers.principal(members.create("lecteur"))))
			.exchange()).hasStatus(404);
		var organiser = members.create("organisatrice", Role.ORGANISER);
		var page = html(
				mvc.get().uri("/events/" + draft.slug()).with(user(TestMembers.principal(organiser))).exchange());
		assertThat(page.select(".notice").text()).contains("Brouillon");
		assertThat(html(mvc.get().uri("/events").exchange()).select(".event-title a").eachText())
			.doesNotContain("Matinée en préparation");
		assertThat(body(mvc.get().uri("/sitemap.xml").exchange())).doesNotContain(draft.slug());
		assertThat(body(mvc.get().uri("/events.ics").exchange())).doesNotContain("Matinée en préparation");
	}

	@Test
	void membersRegisterOnceThenWaitlistWhenFullAndCancel() {
		var event = events.published("Matinée intime", LocalDateTime.now().plusDays(10).withHour(8).withMinute(0), 1);
		var first = members.create("premiere");
		var second = members.create("seconde");
		assertThat(register(event.slug(), first)).hasStatus(302);
		assertThat(html(mvc.get().uri("/events/" + event.slug()).with(user(TestMembers.principal(first))).exchange())
			.select(".registration .notice")
			.text()).contains("Vous êtes inscrit·e");
		var twice = register(event.slug(), first);
		assertThat(twice).hasStatus(409);
		assertThat(html(twice).select("main").text()).contains("Vous êtes déjà inscrit·e à cet événement.");

		assertThat(register(event.slug(), second)).hasStatus(302);
		assertThat(html(mvc.get().uri("/events/" + event.slug()).with(user(TestMembers.principal(second))).exchange())
			.select(".registration .notice")
			.text()).contains("liste d'attente, en position 1");

		assertThat(mvc.post()
			.uri("/events/" + event.slug() + "/registration/cancellation")
			.with(user(TestMembers.principal(first)))
			.with(csrf())
			.exchange()).hasStatus(302);
		assertThat(html(mvc.get().uri("/events/" + event.slug()).with(user(TestMembers.principal(second))).exchange())
			.select(".registration .notice")
			.text()).contains("Vous êtes inscrit·e");
	}

	@Test
	void refusesRegistrationForCancelledEventsAndAnonymousVisitors() {
		var event = events.published("Matinée annulée", LocalDateTime.now().plusDays(10).withHour(8), 10);
		assertThat(mvc.post()
			.uri("/events/" + event.slug() + "/registration")
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl()).endsWith("/login");
		events.cancel(event, "Intervenant malade");
		var refused = register(event.slug(), members.create("tardive"));
		assertThat(refused).hasStatus(409);
		assertThat(html(refused).select("main").text()).contains("Cet événement est annulé");
		assertThat(register("evenement-inconnu", members.create("perdu"))).hasStatus(404);
	}

	@Test
	void personalCalendarHoldsTheMembersEventsBehindASecretThatCanChange() throws Exception {
		var event = events.published("Matinée dans mon agenda", LocalDateTime.now().plusDays(12).withHour(8), 10);
		var member = members.create("agenda");
		register(event.slug(), member);
		var page = html(mvc.get().uri("/account/registrations").with(user(TestMembers.principal(member))).exchange());
		assertThat(page.select("td a").eachText()).contains("Matinée dans mon agenda");
		var address = page.select("code.secret").text();
		var path = address.substring(address.indexOf("/calendar/"));
		var calendar = Biweekly.parse(body(mvc.get().uri(path).exchange())).first();
		assertThat(calendar.getEvents()).extracting(vevent -> vevent.getSummary().getValue())
			.containsExactly("Matinée dans mon agenda");

		mvc.post()
			.uri("/account/registrations/calendar-token")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
		assertThat(mvc.get().uri(path).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/calendar/pas-le-bon-jeton.ics").exchange()).hasStatus(404);
	}

	private MvcTestResult register(String slug, org.cercle.community.member.Member member) {
		return mvc.post()
			.uri("/events/" + slug + "/registration")
			.with(user(TestMembers.principal(member)))
			.with(csrf())
			.exchange();
	}

	private static org.jsoup.nodes.Document html(MvcTestResult result) {
		return Jsoup.parse(body(result));
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
